package dev.reuseagent.weave;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A method visitor that learns when the original instructions begin. ASM's ClassReader visits a method's
 * exception table right after {@code visitCode}, then its instructions; code added at method entry has to wait
 * for that point, because a handler added later must stay behind the original handlers in the exception table
 * (the JVM picks the first matching entry) and ASM wants handlers declared before their labels are visited.
 */
abstract class CodeStartVisitor extends MethodVisitor {

    private boolean started;

    CodeStartVisitor(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** Called once, after the original exception table and before the first original label, frame or instruction. */
    abstract void beforeOriginalCode();

    /** Makes sure {@link #beforeOriginalCode()} ran; subclasses call it before writing anything themselves. */
    final void start() {
        if (!started) {
            started = true;
            beforeOriginalCode();
        }
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        start();
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitLabel(Label label) {
        start();
        super.visitLabel(label);
    }

    @Override
    public void visitLineNumber(int line, Label begin) {
        start();
        super.visitLineNumber(line, begin);
    }

    @Override
    public void visitInsn(int opcode) {
        start();
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        start();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        start();
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        start();
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        start();
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        start();
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        start();
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        start();
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        start();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        start();
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        start();
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        start();
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        start();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }
}

package dev.reuseagent.weave;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Weaves one method: a prologue before the original code (backups for exit advice, then the enter advice in hook
 * order, each {@code skipOnTrue} or {@code skipOnNonNull} one followed by its early return), every return
 * redirected to one exit block after the original code (the exit advice in reverse hook order, {@code replaceReturn}
 * ones storing into the return slot, then the return or, with onThrowable advice, the rethrow), and the original
 * frames extended by the prologue's locals. See {@link MethodPlan} for the locals and why the frames stay valid.
 */
final class MethodWeaver extends CodeStartVisitor {

    private static final String THROWABLE = "java/lang/Throwable";
    private static final Object[] THROWABLE_STACK = {THROWABLE};
    private static final Object[] EMPTY = {};

    private final MethodPlan plan;
    private final AdviceCalls calls;
    private final boolean frames;
    private final Label bodyStart = new Label();
    private final Label bodyEnd = new Label();
    private final Label thrownHandler = new Label();
    private final Label exitBlock = new Label();
    private boolean returns;

    MethodWeaver(MethodVisitor next, MethodPlan plan, ErrorMethod error, boolean frames) {
        super(next);
        this.plan = plan;
        this.frames = frames;
        this.calls = new AdviceCalls(next, plan, error, frames);
    }

    @Override
    void beforeOriginalCode() {
        if (plan.thrownSlot >= 0) {
            // Declared after the original handlers, so those still catch first.
            mv.visitTryCatchBlock(bodyStart, bodyEnd, thrownHandler, THROWABLE);
        }
        TargetMethod method = plan.method;
        if (plan.thisBackup >= 0) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ASTORE, plan.thisBackup);
        }
        for (int i = 0; i < plan.argumentBackups.length; i++) {
            if (plan.argumentBackups[i] >= 0) {
                Type type = method.arguments[i];
                calls.load(type, method.argumentSlots[i]);
                mv.visitVarInsn(type.getOpcode(Opcodes.ISTORE), plan.argumentBackups[i]);
            }
        }
        int set = plan.backupCount;
        boolean called = false;
        for (int hook = 0; hook < plan.advice.length; hook++) {
            AdviceMethod enter = plan.advice[hook].enter;
            if (enter != null) {
                int store = plan.enterSlots[hook];
                Object[] before = plan.prologueLocals(set);
                Object[] after = store >= 0 ? plan.prologueLocals(++set) : before;
                calls.guarded(enter, hook, true, store, before, after, null);
                if (enter.skipOnTrue) {
                    // Before the body's handlers' range: a skipped method returns without any exit advice.
                    calls.skipIfTrue(store, after);
                } else if (enter.skipOnNonNull) {
                    calls.skipIfNonNull(store, after);
                }
                called = true;
            }
        }
        if (called && frames) {
            // The last call ends with a frame; the original code may start with one of its own (a loop head), and
            // two frames at one offset are invalid. One nop keeps them apart.
            mv.visitInsn(Opcodes.NOP);
        }
        mv.visitLabel(bodyStart);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        // ClassReader.EXPAND_FRAMES: every original frame arrives as F_NEW with all its locals.
        Object[] locals = plan.bodyLocals(local, numLocal);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, numStack, stack);
    }

    @Override
    public void visitInsn(int opcode) {
        if (!plan.hasExit || opcode < Opcodes.IRETURN || opcode > Opcodes.RETURN) {
            super.visitInsn(opcode);
            return;
        }
        start();
        // A return keeps its value (and in constructors the now initialized this) and leaves by the exit block.
        if (plan.returnSlot >= 0) {
            mv.visitVarInsn(plan.method.returnType.getOpcode(Opcodes.ISTORE), plan.returnSlot);
        }
        if (plan.thrownSlot >= 0) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitVarInsn(Opcodes.ASTORE, plan.thrownSlot);
        }
        if (plan.method.isConstructor && plan.thisAtExit >= 0) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ASTORE, plan.thisAtExit);
        }
        mv.visitJumpInsn(Opcodes.GOTO, exitBlock);
        returns = true;
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        if (maxLocals != plan.method.maxLocals) {
            throw new IllegalStateException("max_locals read ahead does not match the Code attribute");
        }
        // Without a return or a throwable handler the exit block would be dead code, which the JVM verifies too.
        if (returns || plan.thrownSlot >= 0) {
            exitBlock();
        }
        super.visitMaxs(plan.maxStack(maxStack), plan.maxLocals());
    }

    private void exitBlock() {
        mv.visitLabel(bodyEnd);
        Object[] exitLocals = plan.exitLocals(true);
        Type returnType = plan.method.returnType;
        if (plan.thrownSlot >= 0) {
            mv.visitLabel(thrownHandler);
            calls.frame(plan.exitLocals(false), THROWABLE_STACK);
            mv.visitVarInsn(Opcodes.ASTORE, plan.thrownSlot);
            if (plan.returnSlot >= 0) {
                calls.pushDefault(returnType);
                mv.visitVarInsn(returnType.getOpcode(Opcodes.ISTORE), plan.returnSlot);
            }
        }
        mv.visitLabel(exitBlock);
        calls.frame(exitLocals, EMPTY);
        for (int hook = plan.advice.length - 1; hook >= 0; hook--) {
            AdviceMethod exit = plan.advice[hook].exit;
            if (exit != null) {
                Label done = new Label();
                if (plan.thrownSlot >= 0 && !exit.onThrowable) {
                    // This exit advice runs on normal returns only.
                    mv.visitVarInsn(Opcodes.ALOAD, plan.thrownSlot);
                    mv.visitJumpInsn(Opcodes.IFNONNULL, done);
                }
                calls.guarded(exit, hook, false, -1, exitLocals, exitLocals, done);
            }
        }
        if (plan.thrownSlot >= 0) {
            Label normal = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, plan.thrownSlot);
            mv.visitJumpInsn(Opcodes.IFNULL, normal);
            mv.visitVarInsn(Opcodes.ALOAD, plan.thrownSlot);
            mv.visitInsn(Opcodes.ATHROW);
            mv.visitLabel(normal);
            calls.frame(exitLocals, EMPTY);
        }
        if (plan.returnSlot >= 0) {
            calls.load(returnType, plan.returnSlot);
        }
        mv.visitInsn(returnType.getOpcode(Opcodes.IRETURN));
    }
}

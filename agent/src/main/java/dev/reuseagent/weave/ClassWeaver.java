package dev.reuseagent.weave;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weaves the hooks of one class. Methods no hook applies to are handed straight to the {@link ClassWriter}, which
 * was built from the same {@link ClassReader} and so copies their bytes instead of parsing them. Only method bodies
 * change: no field, method, interface or attribute is added, so loaded classes can be retransformed.
 */
final class ClassWeaver extends ClassVisitor {

    private final List<Hook> hooks;
    private final ParsedAdvice[] advice;
    private final ErrorMethod error;
    private final WeaveResult result;
    private final ClassReader reader;
    private final Map<String, TargetMethod.Field> fields = new HashMap<>();
    private String owner;
    private boolean frames;
    private boolean woven;

    private ClassWeaver(ClassWriter writer, ClassReader reader, List<Hook> hooks, ParsedAdvice[] advice,
            ErrorMethod error, WeaveResult result) {
        super(Opcodes.ASM9, writer);
        this.reader = reader;
        this.hooks = hooks;
        this.advice = advice;
        this.error = error;
        this.result = result;
    }

    /**
     * Weaves the class file; the result's bytes are null when no method was woven. Throws (any exception) only when
     * the class file itself cannot be processed.
     */
    static WeaveResult weave(byte[] classFile, List<Hook> hooks, AdviceCache cache, ErrorMethod error) {
        WeaveResult result = new WeaveResult(hooks);
        ParsedAdvice[] advice = new ParsedAdvice[hooks.size()];
        for (int i = 0; i < advice.length; i++) {
            try {
                advice[i] = cache.get(hooks.get(i).advice());
            } catch (WeaveException e) {
                result.matched(i);
                result.failed(i, null, e.getMessage());
            }
        }
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        ClassWeaver weaver = new ClassWeaver(writer, reader, hooks, advice, error, result);
        // Expanded frames: the woven methods' frames arrive complete, ready to be extended with the woven locals.
        reader.accept(weaver, ClassReader.EXPAND_FRAMES);
        if (weaver.woven) {
            result.bytes = writer.toByteArray();
        }
        return result;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        owner = name;
        // Class files before 50 (Java 6) have no StackMapTable; they are verified by type inference.
        frames = (version & 0xFFFF) >= Opcodes.V1_6;
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        // ClassReader visits all fields before the first method, so field values can be bound when methods come.
        fields.put(name, new TargetMethod.Field(descriptor, (access & Opcodes.ACC_STATIC) != 0));
        return super.visitField(access, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            return next;
        }
        TargetMethod method = null;
        int[] chosen = new int[hooks.size()];
        int count = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (advice[i] == null || !hooks.get(i).methods().matches(access, name, descriptor)) {
                continue;
            }
            result.matched(i);
            if (method == null) {
                method = new TargetMethod(owner, access, name, descriptor,
                        MaxLocals.of(reader, name, descriptor), fields);
            }
            try {
                AdviceCheck.check(method, advice[i]);
                chosen[count++] = i;
            } catch (WeaveException e) {
                result.failed(i, method.signature(), e.getMessage());
            }
        }
        if (count == 0) {
            // The writer's own visitor: ASM copies the method's bytes unchanged.
            return next;
        }
        ParsedAdvice[] applied = new ParsedAdvice[count];
        for (int i = 0; i < count; i++) {
            applied[i] = advice[chosen[i]];
            result.woven(chosen[i], method.signature());
        }
        woven = true;
        return new MethodWeaver(next, new MethodPlan(method, applied), error, frames);
    }
}

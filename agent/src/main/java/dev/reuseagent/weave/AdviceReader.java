package dev.reuseagent.weave;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses an advice class from its class file, never by reflection: the annotations need only CLASS retention,
 * and nothing of the advice is initialized or linked by parsing it.
 */
final class AdviceReader extends ClassVisitor {

    /** The descriptor prefix of the {@link Advice} annotations. */
    static final String ADVICE = "Ldev/reuseagent/weave/Advice$";
    static final String ON_ENTER = ADVICE + "OnMethodEnter;";
    static final String ON_EXIT = ADVICE + "OnMethodExit;";

    private String owner;
    private boolean publicClass;
    private AdviceMethodReader enter;
    private AdviceMethodReader exit;
    private String problem;

    private AdviceReader() {
        super(Opcodes.ASM9);
    }

    /** Reads and checks an advice class; the message of the exception says what is wrong with it. */
    static ParsedAdvice read(Class<?> adviceClass) throws WeaveException {
        byte[] bytes = classFileOf(adviceClass);
        AdviceReader reader = new AdviceReader();
        new ClassReader(bytes).accept(reader, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return reader.result(adviceClass.getName());
    }

    private static byte[] classFileOf(Class<?> adviceClass) throws WeaveException {
        // An absolute resource name: Class#getResourceAsStream resolves it through the class's own loader, and
        // through the system loader (which reaches the bootstrap search path) for bootstrap classes.
        String resource = new StringBuilder("/").append(adviceClass.getName().replace('.', '/')).append(".class")
                .toString();
        try (InputStream in = adviceClass.getResourceAsStream(resource)) {
            if (in == null) {
                throw new WeaveException("advice class file not found: ".concat(resource));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WeaveException("advice class file unreadable: ".concat(e.toString()));
        }
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        owner = name;
        publicClass = (access & Opcodes.ACC_PUBLIC) != 0;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        if ((access & Opcodes.ACC_SYNTHETIC) != 0) {
            return null;
        }
        return new AdviceMethodReader(this, access, name, descriptor);
    }

    /** Called by a method reader when it found its method's OnMethodEnter or OnMethodExit annotation. */
    void advised(AdviceMethodReader method, boolean isEnter) {
        if (isEnter ? enter != null : exit != null) {
            fail(new StringBuilder("more than one ").append(isEnter ? "@OnMethodEnter" : "@OnMethodExit")
                    .append(" method").toString());
        } else if (isEnter) {
            enter = method;
        } else {
            exit = method;
        }
    }

    void fail(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    private ParsedAdvice result(String className) throws WeaveException {
        if (problem == null && !publicClass) {
            problem = "the class is not public";
        }
        if (problem == null && enter == null && exit == null) {
            problem = "no @OnMethodEnter or @OnMethodExit method";
        }
        AdviceMethod enterMethod = enter == null ? null : enter.toAdviceMethod(owner, true);
        AdviceMethod exitMethod = exit == null ? null : exit.toAdviceMethod(owner, false);
        if (enterMethod != null && enterMethod.skipOnTrue && exitMethod != null && exitMethod.replaceReturn) {
            fail("skipOnTrue and replaceReturn cannot be combined (one needs a void method, the other a value)");
        }
        if (problem != null) {
            throw new WeaveException(new StringBuilder("advice ").append(className).append(": ").append(problem)
                    .toString());
        }
        return new ParsedAdvice(enterMethod, exitMethod);
    }
}

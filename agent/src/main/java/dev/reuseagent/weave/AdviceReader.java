package dev.reuseagent.weave;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;

/**
 * Parses an advice class from its class file, never by reflection: the annotations need only CLASS retention,
 * and nothing of the advice is initialized or linked by parsing it.
 */
final class AdviceReader extends ClassVisitor {

    private static final String ADVICE = "Ldev/reuseagent/weave/Advice$";
    static final String ON_ENTER = ADVICE + "OnMethodEnter;";
    static final String ON_EXIT = ADVICE + "OnMethodExit;";
    private static final String THROWABLE = "Ljava/lang/Throwable;";

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
        if (problem != null) {
            throw new WeaveException(new StringBuilder("advice ").append(className).append(": ").append(problem)
                    .toString());
        }
        return new ParsedAdvice(enterMethod, exitMethod);
    }

    /** Collects one static method's advice annotations and parameter annotations. */
    static final class AdviceMethodReader extends MethodVisitor {
        private final AdviceReader advice;
        private final int access;
        private final String name;
        private final String descriptor;
        private final Type[] parameterTypes;
        private final AdviceParameter[] parameters;
        private boolean onThrowable;

        AdviceMethodReader(AdviceReader advice, int access, String name, String descriptor) {
            super(Opcodes.ASM9);
            this.advice = advice;
            this.access = access;
            this.name = name;
            this.descriptor = descriptor;
            this.parameterTypes = Type.getArgumentTypes(descriptor);
            this.parameters = new AdviceParameter[parameterTypes.length];
        }

        @Override
        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            boolean isEnter = ON_ENTER.equals(annotation);
            if (!isEnter && !ON_EXIT.equals(annotation)) {
                return null;
            }
            advice.advised(this, isEnter);
            return isEnter ? null : new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String element, Object value) {
                    if ("onThrowable".equals(element)) {
                        String type = ((Type) value).getDescriptor();
                        onThrowable = THROWABLE.equals(type);
                        if (!onThrowable) {
                            advice.fail("onThrowable must be Throwable.class or left out, not ".concat(type));
                        }
                    }
                }
            };
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
            if (!annotation.startsWith(ADVICE)) {
                return null;
            }
            String simpleName = annotation.substring(ADVICE.length(), annotation.length() - 1);
            return new ParameterAnnotationReader(this, parameter, simpleName);
        }

        /** Records what a parameter annotation says; {@code value} is the annotation's value element, if any. */
        void annotated(int parameter, String simpleName, Object value) {
            if (parameters[parameter] != null) {
                advice.fail(new StringBuilder("parameter ").append(parameter).append(" of ").append(name)
                        .append(" has more than one advice annotation").toString());
                return;
            }
            String type = parameterTypes[parameter].getDescriptor();
            AdviceParameter.Kind kind = kindOf(simpleName);
            if (kind == null) {
                advice.fail(new StringBuilder("@").append(simpleName).append(" on parameter ").append(parameter)
                        .append(" of ").append(name).append(" is not supported").toString());
                return;
            }
            int argument = kind == AdviceParameter.Kind.ARGUMENT ? ((Integer) value).intValue() : -1;
            String field = kind == AdviceParameter.Kind.FIELD_VALUE ? (String) value : null;
            parameters[parameter] = new AdviceParameter(kind, argument, field, type);
        }

        private static AdviceParameter.Kind kindOf(String simpleName) {
            switch (simpleName) {
                case "This": return AdviceParameter.Kind.THIS;
                case "Argument": return AdviceParameter.Kind.ARGUMENT;
                case "Return": return AdviceParameter.Kind.RETURN;
                case "Thrown": return AdviceParameter.Kind.THROWN;
                case "Enter": return AdviceParameter.Kind.ENTER;
                case "FieldValue": return AdviceParameter.Kind.FIELD_VALUE;
                default: return null;
            }
        }

        AdviceMethod toAdviceMethod(String owner, boolean isEnter) {
            String where = new StringBuilder(isEnter ? "enter" : "exit").append(" method ").append(name)
                    .toString();
            if ((access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) != (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) {
                advice.fail(where.concat(" is not public static"));
            }
            if (!isEnter && !"V".equals(Descriptors.returnType(descriptor))) {
                advice.fail(where.concat(" must return void"));
            }
            for (int i = 0; i < parameters.length; i++) {
                AdviceParameter parameter = parameters[i];
                String problem = parameter == null ? "has no advice annotation"
                        : isEnter ? notInEnter(parameter.kind) : notInExit(parameter.kind);
                if (problem != null) {
                    advice.fail(new StringBuilder(where).append(": parameter ").append(i).append(' ')
                            .append(problem).toString());
                }
            }
            return new AdviceMethod(owner, name, descriptor, parameters, onThrowable);
        }

        private static String notInEnter(AdviceParameter.Kind kind) {
            return kind == AdviceParameter.Kind.RETURN || kind == AdviceParameter.Kind.THROWN
                    || kind == AdviceParameter.Kind.ENTER ? "is only available to exit advice" : null;
        }

        private String notInExit(AdviceParameter.Kind kind) {
            return kind == AdviceParameter.Kind.THROWN && !onThrowable
                    ? "(@Thrown) needs onThrowable = Throwable.class" : null;
        }
    }

    /** Reads the value element of one parameter annotation. */
    private static final class ParameterAnnotationReader extends AnnotationVisitor {
        private final AdviceMethodReader method;
        private final int parameter;
        private final String simpleName;
        private Object value;

        ParameterAnnotationReader(AdviceMethodReader method, int parameter, String simpleName) {
            super(Opcodes.ASM9);
            this.method = method;
            this.parameter = parameter;
            this.simpleName = simpleName;
        }

        @Override
        public void visit(String element, Object elementValue) {
            value = elementValue;
        }

        @Override
        public void visitEnd() {
            method.annotated(parameter, simpleName, value);
        }
    }
}

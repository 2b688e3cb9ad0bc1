package dev.reuseagent.weave;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Collects one static method's advice annotation (with its attributes) and parameter annotations, for
 * {@link AdviceReader}; problems go to the reader, which reports the first one.
 */
final class AdviceMethodReader extends MethodVisitor {

    private static final String THROWABLE = "Ljava/lang/Throwable;";

    private final AdviceReader advice;
    private final int access;
    private final String name;
    private final String descriptor;
    private final Type[] parameterTypes;
    private final AdviceParameter[] parameters;
    private boolean onThrowable;
    private boolean skipOnTrue;
    private boolean skipOnNonNull;
    private boolean replaceReturn;

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
        boolean isEnter = AdviceReader.ON_ENTER.equals(annotation);
        if (!isEnter && !AdviceReader.ON_EXIT.equals(annotation)) {
            return null;
        }
        advice.advised(this, isEnter);
        return new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String element, Object value) {
                // Elements of the other annotation cannot occur: javac checks them against the annotation type.
                if ("onThrowable".equals(element)) {
                    String type = ((Type) value).getDescriptor();
                    onThrowable = THROWABLE.equals(type);
                    if (!onThrowable) {
                        advice.fail("onThrowable must be Throwable.class or left out, not ".concat(type));
                    }
                } else if ("skipOnTrue".equals(element)) {
                    skipOnTrue = ((Boolean) value).booleanValue();
                } else if ("skipOnNonNull".equals(element)) {
                    skipOnNonNull = ((Boolean) value).booleanValue();
                } else if ("replaceReturn".equals(element)) {
                    replaceReturn = ((Boolean) value).booleanValue();
                }
            }
        };
    }

    @Override
    public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
        if (!annotation.startsWith(AdviceReader.ADVICE)) {
            return null;
        }
        String simpleName = annotation.substring(AdviceReader.ADVICE.length(), annotation.length() - 1);
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
        String returnType = Descriptors.returnType(descriptor);
        if (isEnter && skipOnTrue && skipOnNonNull) {
            advice.fail(where.concat(": skipOnTrue and skipOnNonNull cannot be combined"));
        }
        if (isEnter && skipOnTrue && !skipOnNonNull && !"Z".equals(returnType)) {
            advice.fail(where.concat(" must return boolean with skipOnTrue = true"));
        }
        if (isEnter && skipOnNonNull && !skipOnTrue && returnType.charAt(0) != 'L' && returnType.charAt(0) != '[') {
            advice.fail(where.concat(" must return a reference (Object or the method's type) with skipOnNonNull "
                    .concat("= true")));
        }
        if (!isEnter && replaceReturn && "V".equals(returnType)) {
            advice.fail(where.concat(" must return the replacement value with replaceReturn = true"));
        }
        if (!isEnter && !replaceReturn && !"V".equals(returnType)) {
            advice.fail(where.concat(" must return void (a value only with replaceReturn = true)"));
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
        return new AdviceMethod(owner, name, descriptor, parameters, onThrowable, skipOnTrue, skipOnNonNull,
                replaceReturn);
    }

    private static String notInEnter(AdviceParameter.Kind kind) {
        return kind == AdviceParameter.Kind.RETURN || kind == AdviceParameter.Kind.THROWN
                || kind == AdviceParameter.Kind.ENTER ? "is only available to exit advice" : null;
    }

    private String notInExit(AdviceParameter.Kind kind) {
        return kind == AdviceParameter.Kind.THROWN && !onThrowable
                ? "(@Thrown) needs onThrowable = Throwable.class" : null;
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

package dev.reuseagent.weave;

/** Type and method descriptors as strings, computed without loading or resolving any class. */
final class Descriptors {

    private Descriptors() {
    }

    /** The descriptor of a (possibly primitive or array) type, e.g. {@code I} or {@code Ljava/lang/String;}. */
    static String of(Class<?> type) {
        if (type.isPrimitive()) {
            return primitive(type.getName());
        }
        if (type.isArray()) {
            // Class#getName of an array is already its descriptor with dots: [Ljava.lang.String;
            return type.getName().replace('.', '/');
        }
        return reference(type.getName());
    }

    /**
     * The descriptor of a type named in source form: a primitive keyword ({@code int}), a binary class name
     * ({@code a.b.C$D}), either followed by any number of {@code []}.
     */
    static String ofTypeName(String typeName) {
        int dimensions = 0;
        String element = typeName;
        while (element.endsWith("[]")) {
            element = element.substring(0, element.length() - 2);
            dimensions++;
        }
        StringBuilder descriptor = new StringBuilder();
        for (int i = 0; i < dimensions; i++) {
            descriptor.append('[');
        }
        String primitive = primitive(element);
        return descriptor.append(primitive != null ? primitive : reference(element)).toString();
    }

    private static String reference(String binaryName) {
        return new StringBuilder(binaryName.length() + 2).append('L').append(binaryName.replace('.', '/'))
                .append(';').toString();
    }

    private static String primitive(String keyword) {
        switch (keyword) {
            case "boolean": return "Z";
            case "byte": return "B";
            case "char": return "C";
            case "short": return "S";
            case "int": return "I";
            case "long": return "J";
            case "float": return "F";
            case "double": return "D";
            case "void": return "V";
            default: return null;
        }
    }

    /** The parameter types of a method descriptor, concatenated: {@code (IJ)V} gives {@code IJ}. */
    static String parameters(String methodDescriptor) {
        return methodDescriptor.substring(1, methodDescriptor.indexOf(')'));
    }

    /** The return type of a method descriptor: {@code (IJ)V} gives {@code V}. */
    static String returnType(String methodDescriptor) {
        return methodDescriptor.substring(methodDescriptor.indexOf(')') + 1);
    }

    /** How many parameters a method descriptor declares. */
    static int parameterCount(String methodDescriptor) {
        int count = 0;
        int at = 1;
        while (methodDescriptor.charAt(at) != ')') {
            at = endOfType(methodDescriptor, at);
            count++;
        }
        return count;
    }

    /** The descriptor of the parameter at {@code index}, or null if the method has fewer parameters. */
    static String parameter(String methodDescriptor, int index) {
        int at = 1;
        for (int i = 0; methodDescriptor.charAt(at) != ')'; i++) {
            int end = endOfType(methodDescriptor, at);
            if (i == index) {
                return methodDescriptor.substring(at, end);
            }
            at = end;
        }
        return null;
    }

    /** The index just past the type descriptor that starts at {@code start}. */
    private static int endOfType(String descriptor, int start) {
        int at = start;
        while (descriptor.charAt(at) == '[') {
            at++;
        }
        return descriptor.charAt(at) == 'L' ? descriptor.indexOf(';', at) + 1 : at + 1;
    }
}

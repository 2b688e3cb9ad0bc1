package dev.reuseagent.weave;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.Map;

/** The instrumented method as its class file declares it, with the class's own fields for field values. */
final class TargetMethod {

    /** A field declared by the instrumented class. */
    static final class Field {
        final String descriptor;
        final boolean isStatic;

        Field(String descriptor, boolean isStatic) {
            this.descriptor = descriptor;
            this.isStatic = isStatic;
        }
    }

    /** The instrumented class's internal name. */
    final String owner;
    final String name;
    final String descriptor;
    final boolean isStatic;
    final boolean isConstructor;
    final Type[] arguments;
    /** The local variable slot of each argument. */
    final int[] argumentSlots;
    final Type returnType;
    /** The original Code attribute's max_locals: the woven method's own locals start here. */
    final int maxLocals;
    final Map<String, Field> fields;

    TargetMethod(String owner, int access, String name, String descriptor, int maxLocals, Map<String, Field> fields) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
        this.isConstructor = "<init>".equals(name);
        this.arguments = Type.getArgumentTypes(descriptor);
        this.argumentSlots = new int[arguments.length];
        int slot = isStatic ? 0 : 1;
        for (int i = 0; i < arguments.length; i++) {
            argumentSlots[i] = slot;
            slot += arguments[i].getSize();
        }
        this.returnType = Type.getReturnType(descriptor);
        this.maxLocals = maxLocals;
        this.fields = fields;
    }

    /**
     * The locals at method entry as stack map frame entries: {@code this} (uninitialized in a constructor) and the
     * arguments, one entry per value.
     */
    Object[] entryLocals() {
        int first = isStatic ? 0 : 1;
        Object[] locals = new Object[first + arguments.length];
        if (!isStatic) {
            locals[0] = isConstructor ? Opcodes.UNINITIALIZED_THIS : owner;
        }
        for (int i = 0; i < arguments.length; i++) {
            locals[first + i] = frameType(arguments[i]);
        }
        return locals;
    }

    /** The stack map frame entry of a value of this type. */
    static Object frameType(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return Opcodes.INTEGER;
            case Type.FLOAT:
                return Opcodes.FLOAT;
            case Type.LONG:
                return Opcodes.LONG;
            case Type.DOUBLE:
                return Opcodes.DOUBLE;
            default:
                // Objects by internal name, arrays by descriptor: what getInternalName returns for each.
                return type.getInternalName();
        }
    }

    /** How the method reads in a report: name and descriptor. */
    String signature() {
        return name.concat(descriptor);
    }
}

package dev.reuseagent.weave;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes guarded advice calls into a woven method: the advice's arguments are loaded, the advice is called with
 * {@code invokestatic}, and whatever it throws goes to the error method instead of the host.
 */
final class AdviceCalls {

    private static final String THROWABLE = "java/lang/Throwable";
    private static final Object[] THROWABLE_STACK = {THROWABLE};
    private static final Object[] EMPTY = {};

    private final MethodVisitor out;
    private final MethodPlan plan;
    private final ErrorMethod error;
    private final boolean frames;

    /**
     * @param out    the visitor the woven code is written to (the next one, not the weaving visitor itself)
     * @param frames whether the class file version has stack map frames (50 and later)
     */
    AdviceCalls(MethodVisitor out, MethodPlan plan, ErrorMethod error, boolean frames) {
        this.out = out;
        this.plan = plan;
        this.error = error;
        this.frames = frames;
    }

    /**
     * Writes one guarded call, as
     * <pre>
     *   start:    load arguments; invokestatic advice; store or drop its value
     *   end:      goto after
     *   handler:  [locals before, Throwable] invokestatic error(Throwable)
     *   reported: aconst_null                  (falls into the next block with a stack like the handler's)
     *   ignored:  [locals before, Throwable] pop; store the default value
     *   after:    [locals after]
     * </pre>
     * The error call has a handler of its own ({@code handler..reported -> ignored}): an advice that overflowed the
     * stack may make the error method overflow too, and that must not reach the host either.
     *
     * <p>A {@code replaceReturn} exit call stores its value in the return slot, inside the guarded range and after
     * the cast of an {@code Object} value, so a failed call or cast leaves the original value; see
     * {@link #replace}. Its error path stores nothing.
     *
     * @param hook   the hook's index in the plan (which enter value its exit advice reads)
     * @param store  where to keep the call's value, or -1 to drop it
     * @param before the locals when the call starts
     * @param after  the locals once the call is done (with {@code store} set)
     * @param done   the label to place after the call, or null for a fresh one
     */
    void guarded(AdviceMethod call, int hook, boolean isEnter, int store, Object[] before, Object[] after,
            Label done) {
        Label start = new Label();
        Label end = new Label();
        Label handler = new Label();
        Label reported = new Label();
        Label ignored = new Label();
        Label join = done != null ? done : new Label();
        out.visitTryCatchBlock(start, end, handler, THROWABLE);
        out.visitTryCatchBlock(handler, reported, ignored, THROWABLE);
        out.visitLabel(start);
        for (AdviceParameter parameter : call.parameters) {
            load(parameter, hook, isEnter);
        }
        out.visitMethodInsn(Opcodes.INVOKESTATIC, call.owner, call.name, call.descriptor, false);
        Type value = Type.getReturnType(call.descriptor);
        if (!isEnter && call.replaceReturn) {
            replace(call, value, before, join);
        } else if (store >= 0) {
            if (isEnter && call.skipOnNonNull && !value.equals(plan.method.returnType)) {
                // Inside the guard: a value of another type counts as an advice error, and the body runs.
                out.visitTypeInsn(Opcodes.CHECKCAST, plan.method.returnType.getInternalName());
            }
            out.visitVarInsn(value.getOpcode(Opcodes.ISTORE), store);
        } else if (value.getSort() != Type.VOID) {
            out.visitInsn(value.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
        out.visitLabel(end);
        out.visitJumpInsn(Opcodes.GOTO, join);
        out.visitLabel(handler);
        frame(before, THROWABLE_STACK);
        out.visitMethodInsn(Opcodes.INVOKESTATIC, error.owner, error.name, ErrorMethod.DESCRIPTOR,
                error.ownerIsInterface);
        out.visitLabel(reported);
        out.visitInsn(Opcodes.ACONST_NULL);
        out.visitLabel(ignored);
        frame(before, THROWABLE_STACK);
        out.visitInsn(Opcodes.POP);
        if (store >= 0) {
            pushDefault(value);
            out.visitVarInsn(value.getOpcode(Opcodes.ISTORE), store);
        }
        out.visitLabel(join);
        frame(after, EMPTY);
    }

    /**
     * Stores a replacement value (on the stack) in the return slot, as
     * <pre>
     *   [checkcast return type]        (when the advice returns Object)
     *   [aload thrown; ifnonnull discard]  (onThrowable advice: the value of a throwing method is ignored)
     *   store return slot; [goto join]
     *   discard:  [locals, value] pop
     * </pre>
     */
    private void replace(AdviceMethod call, Type value, Object[] locals, Label join) {
        Type returnType = plan.method.returnType;
        if (!value.equals(returnType)) {
            // The check guarantees Object here; arrays are cast by descriptor, which getInternalName gives them.
            out.visitTypeInsn(Opcodes.CHECKCAST, returnType.getInternalName());
        }
        Label discard = call.onThrowable ? new Label() : null;
        if (discard != null) {
            out.visitVarInsn(Opcodes.ALOAD, plan.thrownSlot);
            out.visitJumpInsn(Opcodes.IFNONNULL, discard);
        }
        out.visitVarInsn(returnType.getOpcode(Opcodes.ISTORE), plan.returnSlot);
        if (discard != null) {
            out.visitJumpInsn(Opcodes.GOTO, join);
            out.visitLabel(discard);
            frame(locals, new Object[] {TargetMethod.frameType(returnType)});
            out.visitInsn(returnType.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
    }

    /**
     * After a {@code skipOnTrue} enter call whose value is kept in {@code slot}: returns from the (void) method at
     * once when it is true. A failed call kept the default, false, so the body runs.
     */
    void skipIfTrue(int slot, Object[] locals) {
        Label proceed = new Label();
        out.visitVarInsn(Opcodes.ILOAD, slot);
        out.visitJumpInsn(Opcodes.IFEQ, proceed);
        out.visitInsn(Opcodes.RETURN);
        out.visitLabel(proceed);
        frame(locals, EMPTY);
    }

    /**
     * After a {@code skipOnNonNull} enter call whose value, already cast, is kept in {@code slot}: returns that value
     * at once when it is not null. A failed call or cast kept the default, null, so the body runs.
     */
    void skipIfNonNull(int slot, Object[] locals) {
        Label proceed = new Label();
        out.visitVarInsn(Opcodes.ALOAD, slot);
        out.visitJumpInsn(Opcodes.IFNULL, proceed);
        out.visitVarInsn(Opcodes.ALOAD, slot);
        out.visitInsn(Opcodes.ARETURN);
        out.visitLabel(proceed);
        frame(locals, EMPTY);
    }

    /** Writes a full stack map frame, unless the class file predates them. */
    void frame(Object[] locals, Object[] stack) {
        if (frames) {
            out.visitFrame(Opcodes.F_NEW, locals.length, locals, stack.length, stack);
        }
    }

    /** Pushes the default value of a type: 0, 0L, 0f, 0d, false or null. */
    void pushDefault(Type type) {
        switch (type.getSort()) {
            case Type.LONG:
                out.visitInsn(Opcodes.LCONST_0);
                break;
            case Type.FLOAT:
                out.visitInsn(Opcodes.FCONST_0);
                break;
            case Type.DOUBLE:
                out.visitInsn(Opcodes.DCONST_0);
                break;
            case Type.OBJECT:
            case Type.ARRAY:
                out.visitInsn(Opcodes.ACONST_NULL);
                break;
            default:
                out.visitInsn(Opcodes.ICONST_0);
                break;
        }
    }

    private void load(AdviceParameter parameter, int hook, boolean isEnter) {
        TargetMethod method = plan.method;
        switch (parameter.kind) {
            case THIS:
                out.visitVarInsn(Opcodes.ALOAD, isEnter ? 0 : plan.thisAtExit);
                break;
            case ARGUMENT:
                int argument = parameter.argument;
                load(method.arguments[argument], isEnter ? method.argumentSlots[argument]
                        : plan.argumentBackups[argument]);
                break;
            case RETURN:
                load(method.returnType, plan.returnSlot);
                break;
            case THROWN:
                out.visitVarInsn(Opcodes.ALOAD, plan.thrownSlot);
                break;
            case ENTER:
                load(Type.getType(plan.advice[hook].enter.returnType()), plan.enterSlots[hook]);
                break;
            default:
                TargetMethod.Field field = method.fields.get(parameter.field);
                if (field.isStatic) {
                    out.visitFieldInsn(Opcodes.GETSTATIC, method.owner, parameter.field, field.descriptor);
                } else {
                    out.visitVarInsn(Opcodes.ALOAD, isEnter ? 0 : plan.thisAtExit);
                    out.visitFieldInsn(Opcodes.GETFIELD, method.owner, parameter.field, field.descriptor);
                }
                break;
        }
    }

    /** Loads a local of this type. */
    void load(Type type, int slot) {
        out.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
    }
}

package dev.reuseagent.weave;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.Arrays;

/**
 * What the woven method keeps in locals of its own, above the original max_locals, and the stack map frames
 * that follow from that.
 *
 * <p>The own locals ("extras") are allocated in the order they are first written, so the set of extras holding a
 * value at any point is a prefix of the list: first those the prologue writes ({@code this} and the arguments as
 * backed up at entry, then each enter advice's value), then those written only on the way out (in constructors
 * {@code this}, which is uninitialized at entry; the return value; the throwable). Frames therefore never need
 * to know more than how many extras are set.
 */
final class MethodPlan {

    private static final Type THROWABLE = Type.getObjectType("java/lang/Throwable");

    final TargetMethod method;
    final ParsedAdvice[] advice;
    /** Where the prologue backs {@code this} up for exit advice, or -1 (never in constructors). */
    final int thisBackup;
    /** Where exit advice finds {@code this}: the entry backup, or in constructors the copy saved at return. */
    final int thisAtExit;
    /** Per argument: where exit advice finds its value at entry, or -1. */
    final int[] argumentBackups;
    /**
     * Per hook: where its enter advice's value is kept, for its exit advice's {@code @Enter} parameter or the
     * {@code skipOnTrue} / {@code skipOnNonNull} test, or -1. A {@code skipOnNonNull} value is kept as the method's
     * return type: it is cast before it is stored.
     */
    final int[] enterSlots;
    /** Where the exit block finds the return value, or -1 (void, or no exit advice). */
    final int returnSlot;
    /** Where the exit block finds the throwable (null on a normal return), or -1 (no onThrowable advice). */
    final int thrownSlot;
    /** Whether any hook has exit advice, so returns go through the exit block. */
    final boolean hasExit;
    /** How many extras the prologue sets before the enter advice runs ({@code this} and argument backups). */
    final int backupCount;
    /** How many extras the prologue sets in all: they hold their value throughout the original body. */
    final int prologueCount;
    private final Object[] extraTypes;
    private int extraCount;
    private int nextSlot;

    MethodPlan(TargetMethod method, ParsedAdvice[] advice) {
        this.method = method;
        this.advice = advice;
        this.extraTypes = new Object[3 + method.arguments.length + advice.length];
        this.nextSlot = method.maxLocals;
        boolean exitUsesThis = false;
        boolean[] exitUsesArgument = new boolean[method.arguments.length];
        boolean anyExit = false;
        boolean anyOnThrowable = false;
        for (ParsedAdvice each : advice) {
            if (each.exit != null) {
                anyExit = true;
                anyOnThrowable |= each.exit.onThrowable;
                for (AdviceParameter parameter : each.exit.parameters) {
                    exitUsesThis |= parameter.kind == AdviceParameter.Kind.THIS
                            || (parameter.kind == AdviceParameter.Kind.FIELD_VALUE
                                    && !method.fields.get(parameter.field).isStatic);
                    if (parameter.kind == AdviceParameter.Kind.ARGUMENT) {
                        exitUsesArgument[parameter.argument] = true;
                    }
                }
            }
        }
        Type owner = Type.getObjectType(method.owner);
        this.thisBackup = exitUsesThis && !method.isConstructor ? allocate(owner) : -1;
        this.argumentBackups = new int[method.arguments.length];
        for (int i = 0; i < argumentBackups.length; i++) {
            argumentBackups[i] = exitUsesArgument[i] ? allocate(method.arguments[i]) : -1;
        }
        this.backupCount = extraCount;
        this.enterSlots = new int[advice.length];
        for (int i = 0; i < advice.length; i++) {
            AdviceMethod enter = advice[i].enter;
            boolean kept = enter != null && (enter.skipOnTrue || enter.skipOnNonNull
                    || (advice[i].exit != null && advice[i].exit.uses(AdviceParameter.Kind.ENTER)));
            Type kind = kept && enter.skipOnNonNull ? method.returnType : kept ? Type.getType(enter.returnType())
                    : null;
            enterSlots[i] = kept ? allocate(kind) : -1;
        }
        this.prologueCount = extraCount;
        // A constructor's this is only initialized after the super call: it is saved at each return instead.
        int constructorThis = exitUsesThis && method.isConstructor ? allocate(owner) : -1;
        this.thisAtExit = constructorThis >= 0 ? constructorThis : thisBackup;
        boolean returnsValue = method.returnType.getSort() != Type.VOID;
        this.hasExit = anyExit;
        this.returnSlot = anyExit && returnsValue ? allocate(method.returnType) : -1;
        this.thrownSlot = anyOnThrowable ? allocate(THROWABLE) : -1;
    }

    private int allocate(Type type) {
        extraTypes[extraCount++] = TargetMethod.frameType(type);
        int slot = nextSlot;
        nextSlot += type.getSize();
        return slot;
    }

    /** The woven method's max_locals. */
    int maxLocals() {
        return nextSlot;
    }

    /** The woven method's max_stack, given the original's: advice calls need room for their arguments. */
    int maxStack(int originalMaxStack) {
        // 2: a long or double default value, or the throwable plus the null pushed on the error path.
        int needed = 2;
        for (ParsedAdvice each : advice) {
            needed = Math.max(needed, argumentSize(each.enter));
            needed = Math.max(needed, argumentSize(each.exit));
            if (each.exit != null && each.exit.replaceReturn) {
                // The replacement value, then the throwable tested before it is stored.
                needed = Math.max(needed, method.returnType.getSize() + 1);
            }
        }
        return Math.max(originalMaxStack, needed);
    }

    /** The stack an advice call needs: its arguments, or its return value. */
    private static int argumentSize(AdviceMethod call) {
        if (call == null) {
            return 0;
        }
        int sizes = Type.getArgumentsAndReturnSizes(call.descriptor);
        // The arguments' size counts an implicit this, which a static call does not push.
        return Math.max((sizes >> 2) - 1, sizes & 3);
    }

    /** Locals in the prologue once {@code setExtras} extras hold their value. */
    Object[] prologueLocals(int setExtras) {
        Object[] entry = method.entryLocals();
        return setExtras == 0 ? entry : withExtras(entry, entry.length, setExtras);
    }

    /**
     * An original frame's locals with the extras the prologue set appended: the prologue's values are live
     * throughout the body, and appending them keeps every original frame valid at its branch target.
     */
    Object[] bodyLocals(Object[] original, int count) {
        return prologueCount == 0 ? Arrays.copyOf(original, count) : withExtras(original, count, prologueCount);
    }

    /**
     * Locals after the body: every original local is TOP, so the frame is the same whatever path led there; only
     * the prologue's extras ({@code complete == false}, the throwable handler) or all extras (the exit block) hold
     * values.
     */
    Object[] exitLocals(boolean complete) {
        return withExtras(new Object[0], 0, complete ? extraCount : prologueCount);
    }

    private Object[] withExtras(Object[] locals, int count, int setExtras) {
        int slots = 0;
        for (int i = 0; i < count; i++) {
            slots += locals[i] == Opcodes.LONG || locals[i] == Opcodes.DOUBLE ? 2 : 1;
        }
        int padding = method.maxLocals - slots;
        Object[] result = new Object[count + padding + setExtras];
        System.arraycopy(locals, 0, result, 0, count);
        Arrays.fill(result, count, count + padding, Opcodes.TOP);
        System.arraycopy(extraTypes, 0, result, count + padding, setExtras);
        return result;
    }
}

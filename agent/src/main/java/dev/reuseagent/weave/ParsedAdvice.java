package dev.reuseagent.weave;

/** An advice class as read from its class file: its enter method, its exit method, or both. */
final class ParsedAdvice {

    /** Null when the advice class has no {@link Advice.OnMethodEnter} method. */
    final AdviceMethod enter;
    /** Null when the advice class has no {@link Advice.OnMethodExit} method. */
    final AdviceMethod exit;

    ParsedAdvice(AdviceMethod enter, AdviceMethod exit) {
        this.enter = enter;
        this.exit = exit;
    }
}

package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/** {@code MainClientExec#createTunnelToTarget}: the proxy's answer to CONNECT is not a request of the application. */
public final class NotAnExchangeAdvice {

    private NotAnExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache4Hooks.notAnExchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        Apache4Hooks.notAnExchangeExit();
    }
}

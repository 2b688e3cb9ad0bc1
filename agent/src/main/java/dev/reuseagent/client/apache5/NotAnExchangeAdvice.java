package dev.reuseagent.client.apache5;

import dev.reuseagent.client.apache5.Apache5Hooks;
import dev.reuseagent.weave.Advice;

/** {@code ConnectExec#createTunnelToTarget}: the proxy's answer to CONNECT is not a request of the application. */
public final class NotAnExchangeAdvice {

    private NotAnExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache5Hooks.notAnExchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit() {
        Apache5Hooks.notAnExchangeExit();
    }
}

package dev.reuseagent.instrument.urlconnection;

import dev.reuseagent.bootstrap.ReuseHooks;
import net.bytebuddy.asm.Advice;

/**
 * {@code HttpClient#parseHTTP(...)}: one response head read, i.e. one exchange.
 * The JDK's silent retry calls it recursively after reconnecting, so only the outermost call counts.
 */
public final class ExchangeAdvice {

    private ExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        ReuseHooks.urlConnectionExchangeEnter();
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object client, @Advice.FieldValue("url") Object url,
            @Advice.Thrown Throwable thrown) {
        ReuseHooks.urlConnectionExchangeExit(client, url, thrown);
    }
}

package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/**
 * {@code DefaultClientExchangeHandlerImpl#responseReceived(HttpResponse)} and
 * {@code MinimalClientExchangeHandlerImpl#responseReceived(HttpResponse)}: a final response head, one exchange.
 */
public final class ExchangeAdvice {

    private ExchangeAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter() {
        Apache4AsyncHooks.exchanged();
    }
}

package dev.reuseagent.client.apache4;

import dev.reuseagent.client.apache4.Apache4Hooks;
import dev.reuseagent.weave.Advice;

/**
 * Enforcing only: {@code org.apache.http.impl.execchain.HttpResponseProxy#close()} (fields {@code original} and
 * {@code connHolder}): a response closed, perhaps with its body unread, which 4.5 answers by closing the connection.
 */
public final class ResponseCloseAdvice {

    private ResponseCloseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("original") Object response,
            @Advice.FieldValue("connHolder") Object holder) {
        Apache4Hooks.responseClosing(response, holder);
    }
}

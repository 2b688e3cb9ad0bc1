package dev.reuseagent.client.apache4async;

import dev.reuseagent.weave.Advice;

/**
 * {@code AbstractClientExchangeHandler#manageConnectionPersistence()} (fields {@code managedConnRef},
 * {@code localContext}): false when the connection closes after its response.
 */
public final class PersistenceAdvice {

    private PersistenceAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.Return boolean keepAlive, @Advice.FieldValue("managedConnRef") Object connectionRef,
            @Advice.FieldValue("localContext") Object context) {
        Apache4AsyncHooks.persistenceDecided(keepAlive, connectionRef, context);
    }
}

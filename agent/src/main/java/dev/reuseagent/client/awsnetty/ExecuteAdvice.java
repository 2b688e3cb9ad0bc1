package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code NettyRequestExecutor#execute()}: one request asks its pool for a channel, on the thread that called the
 * service method (a first attempt): where the application's line is.
 */
public final class ExecuteAdvice {

    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object executor, @Advice.FieldValue("context") Object context) {
        AwsNettyHooks.executing(executor, context);
    }
}

package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/**
 * {@code HonorCloseOnReleaseChannelPool#release(Channel, Promise)}: a request is done with its channel, which goes
 * back to the pool or, when the response was not keep-alive, is closed.
 */
public final class ReleaseAdvice {

    private ReleaseAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object channel) {
        AwsNettyHooks.released(channel);
    }
}

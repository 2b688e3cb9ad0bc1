package dev.reuseagent.client.awsnetty;

import dev.reuseagent.weave.Advice;

/** {@code ChannelPipelineInitializer#channelCreated(Channel)}: the pool had nothing idle and builds a channel. */
public final class ChannelCreatedAdvice {

    private ChannelCreatedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.Argument(0) Object channel) {
        AwsNettyHooks.channelCreated(channel);
    }
}

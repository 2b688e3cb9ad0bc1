package dev.reuseagent.client.grpc;

import dev.reuseagent.weave.Advice;

/**
 * {@code CallCredentialsApplyingTransportFactory#newClientTransport(SocketAddress, ClientTransportOptions,
 * ChannelLogger)}: a channel's subchannel makes a new transport to {@code address}.
 */
public final class TransportCreatedAdvice {

    private TransportCreatedAdvice() {
    }

    @Advice.OnMethodExit(suppress = Throwable.class)
    public static void exit(@Advice.This Object factory, @Advice.Argument(0) Object address,
            @Advice.Return Object transport) {
        GrpcHooks.transportCreated(factory, address, transport);
    }
}

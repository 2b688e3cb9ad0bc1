package dev.reuseagent.client.nettytls;

import dev.reuseagent.client.nettytls.NettyTlsHooks;
import dev.reuseagent.weave.Advice;

/** {@code SslHandler#handlerAdded(ChannelHandlerContext ctx)}: this handler's engine will run over ctx's channel. */
public final class HandlerAddedAdvice {

    private HandlerAddedAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.FieldValue("engine") Object engine, @Advice.Argument(0) Object context)
            throws ReflectiveOperationException {
        NettyTlsHooks.handlerAdded(engine, context);
    }
}

package dev.reuseagent.client.nettytls;

/**
 * The boundary the SslHandler advice calls: static, JDK types only (Netty's are passed as {@code Object} and reached
 * reflectively). Errors are the weaver's to count. Until the slice has started {@code tracking} is null.
 */
public final class NettyTlsHooks {

    private static volatile NettyTlsTracking tracking;

    private NettyTlsHooks() {
    }

    static void install(NettyTlsTracking nettyTlsTracking) {
        tracking = nettyTlsTracking;
    }

    public static void handlerAdded(Object engine, Object context) throws ReflectiveOperationException {
        NettyTlsTracking t = tracking;
        if (t != null && engine != null && context != null) {
            t.handlerAdded(engine, context);
        }
    }
}

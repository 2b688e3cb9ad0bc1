package dev.reuseagent.client.awsnetty;

/**
 * The boundary the netty-nio-client advice calls. Every hook is static and takes JDK types only (the SDK's and
 * Netty's types are passed as {@code Object} and reached reflectively: the agent lives on the boot class path). A
 * hook never handles errors itself: the weaver guards each advice call and counts what it throws. Until the slice
 * has started {@code tracking} is null and every hook returns at once.
 */
public final class AwsNettyHooks {

    private static volatile AwsNettyTracking tracking;

    private AwsNettyHooks() {
    }

    /** Wires the hooks to the tracking; called once, when the slice starts. */
    static void install(AwsNettyTracking awsTracking) {
        tracking = awsTracking;
    }

    public static void executing(Object executor, Object context) {
        AwsNettyTracking t = tracking;
        if (t != null && context != null) {
            t.executing(executor, context);
        }
    }

    public static void channelReady(Object executor, Object channelFuture) {
        AwsNettyTracking t = tracking;
        if (t != null && channelFuture != null) {
            t.channelReady(executor, channelFuture);
        }
    }

    public static void channelCreated(Object channel) {
        AwsNettyTracking t = tracking;
        if (t != null && channel != null) {
            t.channelCreated(channel);
        }
    }

    public static void released(Object channel) {
        AwsNettyTracking t = tracking;
        if (t != null && channel != null) {
            t.released(channel);
        }
    }

    public static void idleFired(Object reaper, Object handlerContext) {
        AwsNettyTracking t = tracking;
        if (t != null && handlerContext != null) {
            t.idleFired(reaper, handlerContext);
        }
    }

    public static void poolClosing(Object pool) {
        AwsNettyTracking t = tracking;
        if (t != null) {
            t.poolClosing(pool);
        }
    }
}

package dev.reuseagent.client.awsnetty;

import dev.reuseagent.client.ClientSlice;
import dev.reuseagent.client.SliceContext;
import dev.reuseagent.weave.Hook;

import java.util.List;

/**
 * The AWS SDK for Java v2's asynchronous HTTP client on Netty ({@code netty-nio-client},
 * {@code NettyNioAsyncHttpClient}): requests, new and reused connections per origin from its channel pools, reasons
 * and close causes, HTTP/1.1. Its TCP connects are reported by the {@code netty} slice and claimed here, with the
 * application line that called the service method. Nothing to enforce.
 */
public final class AwsNettySlice extends ClientSlice {

    public static final String NAME = "aws-netty";

    public AwsNettySlice() {
        super(NAME, null, List.of("software.amazon.awssdk."),
                List.of(AwsNettyInstrumentation.EXECUTOR, AwsNettyInstrumentation.INITIALIZER,
                        AwsNettyInstrumentation.HONOR_CLOSE, AwsNettyInstrumentation.IDLE_REAPER,
                        AwsNettyInstrumentation.POOL));
    }

    @Override
    public List<Hook> hooks() {
        return AwsNettyInstrumentation.hooks();
    }

    @Override
    public void start(SliceContext context) {
        AwsNettyHooks.install(new AwsNettyTracking(context.connections(), context.transport(),
                ReflectiveAwsNettyApi.BY_CLASS));
    }
}

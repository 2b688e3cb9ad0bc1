package dev.reuseagent.client;

import dev.reuseagent.client.apache4.Apache4Slice;
import dev.reuseagent.client.apache4async.Apache4AsyncSlice;
import dev.reuseagent.client.apache5.Apache5Slice;
import dev.reuseagent.client.apache5async.Apache5AsyncSlice;
import dev.reuseagent.client.awsnetty.AwsNettySlice;
import dev.reuseagent.client.grpc.GrpcSlice;
import dev.reuseagent.client.jdkhttp.JdkHttpSlice;
import dev.reuseagent.client.jetty.JettySlice;
import dev.reuseagent.client.netty.NettySlice;
import dev.reuseagent.client.nettytls.NettyTlsSlice;
import dev.reuseagent.client.okhttp.OkHttpSlice;
import dev.reuseagent.client.reactornetty.ReactorNettySlice;
import dev.reuseagent.client.urlconnection.UrlConnectionSlice;
import dev.reuseagent.client.vertx.VertxSlice;

import java.util.ArrayList;
import java.util.List;

/** Every client the agent instruments. Adding a client is one new slice package and one line here. */
public final class ClientSlices {

    private ClientSlices() {
    }

    public static List<ClientSlice> all() {
        return List.of(
                new UrlConnectionSlice(),
                new JdkHttpSlice(),
                new OkHttpSlice(),
                new Apache5Slice(),
                new Apache5AsyncSlice(),
                new Apache4Slice(),
                new Apache4AsyncSlice(),
                new NettySlice(),
                new NettyTlsSlice(),
                new ReactorNettySlice(),
                new JettySlice(),
                new VertxSlice(),
                new AwsNettySlice(),
                new GrpcSlice());
    }

    /** The names {@code enforce=} accepts, in the order of {@link #all()}, each once. */
    public static List<String> enforceNames() {
        List<String> names = new ArrayList<>();
        for (ClientSlice slice : all()) {
            if (slice.enforceName() != null && !names.contains(slice.enforceName())) {
                names.add(slice.enforceName());
            }
        }
        return names;
    }
}

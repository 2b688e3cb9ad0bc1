package dev.reuseagent.client.grpc;

import dev.reuseagent.report.ClientHints;

/** gRPC's fixes, in its own terms: one ManagedChannel per target, shared; the server's connection age. */
final class GrpcHints extends ClientHints {

    @Override
    public String fix(String reason) {
        switch (reason) {
            case "new-client":
                return "A new ManagedChannel per call has a connection of its own: build one channel per target and "
                        + "share it (it is thread-safe and multiplexes every call on one connection).";
            case "app-closed":
                return "The application shuts its ManagedChannel down between calls (or the channel goes idle, "
                        + "idleTimeout): keep one channel open for the target and share it.";
            case "server-closed":
                return "The server ends connections with GOAWAY (e.g. its maxConnectionAge): a longer connection "
                        + "age on the server keeps them for more calls.";
            default:
                return null;
        }
    }
}

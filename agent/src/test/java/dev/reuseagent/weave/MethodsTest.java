package dev.reuseagent.weave;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

import java.net.SocketAddress;

import static dev.reuseagent.weave.Methods.isBridge;
import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.isStatic;
import static dev.reuseagent.weave.Methods.named;
import static dev.reuseagent.weave.Methods.not;
import static dev.reuseagent.weave.Methods.returns;
import static dev.reuseagent.weave.Methods.takesArgument;
import static dev.reuseagent.weave.Methods.takesArguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matchers decide on access flags, name and descriptor alone. */
class MethodsTest {

    private static final int PUBLIC = Opcodes.ACC_PUBLIC;

    @Test
    void theProjectsHookShapes() {
        MethodMatcher connect = named("connect").and(takesArguments(2)).and(takesArgument(0, SocketAddress.class));
        assertTrue(connect.matches(PUBLIC, "connect", "(Ljava/net/SocketAddress;I)V"));
        assertFalse(connect.matches(PUBLIC, "connect", "(Ljava/net/SocketAddress;)V"));
        assertFalse(connect.matches(PUBLIC, "connect", "(Ljava/lang/Object;I)V"));
        assertFalse(connect.matches(PUBLIC, "bind", "(Ljava/net/SocketAddress;I)V"));

        MethodMatcher cleanup = named("cleanup").or(named("closeConnections")).and(takesArguments(long.class));
        assertTrue(cleanup.matches(PUBLIC, "cleanup", "(J)J"));
        assertTrue(cleanup.matches(PUBLIC, "closeConnections", "(J)V"));
        assertFalse(cleanup.matches(PUBLIC, "cleanup", "(JJ)J"));
        assertFalse(cleanup.matches(PUBLIC, "cleanup", "()J"));

        MethodMatcher response = isConstructor().and(takesArguments(7));
        assertTrue(response.matches(PUBLIC, "<init>", "(IJLjava/lang/String;[BZDLjava/lang/Object;)V"));
        assertFalse(response.matches(PUBLIC, "<init>", "(IJLjava/lang/String;[BZD)V"));

        MethodMatcher release = named("release").and(takesArguments(2)).and(not(isBridge()));
        assertTrue(release.matches(PUBLIC, "release", "(Ljava/lang/Object;Z)V"));
        assertFalse(release.matches(PUBLIC | Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC, "release",
                "(Ljava/lang/Object;Z)V"));

        MethodMatcher openServer = named("openServer").and(takesArguments(String.class, int.class));
        assertTrue(openServer.matches(PUBLIC, "openServer", "(Ljava/lang/String;I)V"));
        assertFalse(openServer.matches(PUBLIC, "openServer", "(Ljava/lang/String;IZ)V"));
        assertFalse(openServer.matches(PUBLIC, "openServer", "(Ljava/lang/String;)V"));

        MethodMatcher lookup = named("getConnection").and(isStatic()).and(takesArguments(4));
        assertTrue(lookup.matches(Opcodes.ACC_STATIC, "getConnection", "(Ljava/lang/Object;ZLjava/lang/Object;J)V"));
        assertFalse(lookup.matches(PUBLIC, "getConnection", "(Ljava/lang/Object;ZLjava/lang/Object;J)V"));

        MethodMatcher pooled = named("callAcquirePooledConnection").and(takesArguments(4)).and(returns(boolean.class));
        String parameters = "(Lokhttp3/Address;La/B;Ljava/util/List;Z)";
        assertTrue(pooled.matches(PUBLIC, "callAcquirePooledConnection", parameters + "Z"));
        assertFalse(pooled.matches(PUBLIC, "callAcquirePooledConnection", parameters + "V"));
    }

    @Test
    void argumentTypesByClassOrByName() {
        assertTrue(takesArgument(0, "org.apache.hc.client5.http.io.ManagedHttpClientConnection").matches(PUBLIC,
                "connect", "(Lorg/apache/hc/client5/http/io/ManagedHttpClientConnection;Ljava/lang/Object;)V"));
        assertTrue(takesArgument(1, "a.b.C$D").matches(PUBLIC, "m", "(JLa/b/C$D;)V"));
        assertTrue(takesArgument(1, "int[][]").matches(PUBLIC, "m", "(J[[I)V"));
        assertTrue(takesArgument(0, "java.lang.String[]").matches(PUBLIC, "m", "([Ljava/lang/String;)V"));
        assertTrue(takesArgument(2, double.class).matches(PUBLIC, "m", "([JLjava/lang/Object;D)V"));
        assertTrue(takesArgument(0, String[].class).matches(PUBLIC, "m", "([Ljava/lang/String;)V"));
        assertFalse(takesArgument(3, double.class).matches(PUBLIC, "m", "([JLjava/lang/Object;D)V"));
        assertTrue(takesArguments(0).matches(PUBLIC, "m", "()V"));
        assertTrue(takesArguments().matches(PUBLIC, "m", "()Ljava/lang/Object;"));
        assertTrue(takesArguments(3).matches(PUBLIC, "m", "([[JLjava/lang/Object;D)V"));
        assertTrue(returns(Object[].class).matches(PUBLIC, "m", "(I)[Ljava/lang/Object;"));
        assertFalse(returns(Object.class).matches(PUBLIC, "m", "(I)[Ljava/lang/Object;"));
        assertTrue(returns(void.class).matches(PUBLIC, "m", "(I)V"));
    }

    @Test
    void matchersDescribeThemselves() {
        assertEquals("named(cleanup).or(named(closeConnections)).and(takesArguments(J))",
                named("cleanup").or(named("closeConnections")).and(takesArguments(long.class)).toString());
        assertEquals("isConstructor().and(not(isStatic()))", isConstructor().and(not(isStatic())).toString());
    }
}

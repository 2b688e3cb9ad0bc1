package dev.reuseagent.it;

import com.sun.tools.attach.VirtualMachine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jmx=true}: the MXBean {@code dev.reuseagent:type=Reuse} of a running child JVM, read over a local JMX
 * connection (the JDK's local management agent, started through the attach API as jconsole does), equals what
 * the server saw.
 */
class JmxTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.reuseagent.it.Jdk#matrix")
    void theMxBeanShowsThePerOriginTableOfARunningJvm(Jdk jdk) throws Exception {
        jdk.assumePresent();
        try (TruthServer server = TruthServer.http(TruthServer::small)) {
            ChildJvm.Running app = new ChildJvm(jdk, "jmx").agentOption("jmx=true").start("jdkhttp",
                    "client-per-request", "--url", server.url(), "--requests", "5", "--linger-ms", "60000");
            try {
                // Attach once the application runs: a JVM still starting up can fail to start its management
                // agent (a NullPointerException inside the attach operation, seen on a busy machine).
                long started = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (server.truthSoFar() < 5 && System.nanoTime() < started) {
                    Thread.sleep(50);
                }
                VirtualMachine vm = VirtualMachine.attach(String.valueOf(app.process.pid()));
                String address;
                try {
                    address = vm.startLocalManagementAgent();
                } finally {
                    vm.detach();
                }
                try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
                    MBeanServerConnection beans = jmx.getMBeanServerConnection();
                    ObjectName name = new ObjectName("dev.reuseagent:type=Reuse");
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while ((Long) beans.getAttribute(name, "Requests") < 5 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    TruthServer.Truth truth = server.truth();
                    assertEquals(5, truth.requests, truth::toString);
                    assertEquals((long) truth.requests, beans.getAttribute(name, "Requests"));
                    assertEquals((long) truth.connections, beans.getAttribute(name, "NewConnections"));
                    assertEquals(0L, beans.getAttribute(name, "ReusedConnections"));
                    assertEquals(0L, beans.getAttribute(name, "AdviceErrors"));
                    CompositeData[] origins = (CompositeData[]) beans.getAttribute(name, "Origins");
                    assertEquals(1, origins.length);
                    assertEquals(server.origin(), origins[0].get("origin"));
                    assertEquals((long) truth.connections, origins[0].get("newConnections"));
                    assertEquals("new-client", origins[0].get("topReason"));
                    assertTrue(((String) origins[0].get("topSite")).startsWith("dev.reuseagent.samples.jdkhttp."),
                            () -> String.valueOf(origins[0]));
                    String json = (String) beans.getAttribute(name, "SummaryJson");
                    assertTrue(json.startsWith("{\"schema\":\"reuse-agent/summary/v1\""), json);
                }
            } finally {
                app.process.destroy();
                app.process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}

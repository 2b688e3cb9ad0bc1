package dev.reuseagent.samples;

import dev.reuseagent.samples.apache4.Apache4Command;
import dev.reuseagent.samples.apache4async.Apache4AsyncCommand;
import dev.reuseagent.samples.apache5.Apache5Command;
import dev.reuseagent.samples.apache5async.Apache5AsyncCommand;
import dev.reuseagent.samples.aws.AwsCommand;
import dev.reuseagent.samples.demo.Demo;
import dev.reuseagent.samples.feign.FeignCommand;
import dev.reuseagent.samples.google.GoogleCommand;
import dev.reuseagent.samples.grpc.GrpcCommand;
import dev.reuseagent.samples.jdkhttp.JdkHttpCommand;
import dev.reuseagent.samples.jetty.JettyCommand;
import dev.reuseagent.samples.netty.NettyCommand;
import dev.reuseagent.samples.vertx.VertxCommand;
import dev.reuseagent.samples.okhttp.OkHttpCommand;
import dev.reuseagent.samples.reactor.ReactorCommand;
import dev.reuseagent.samples.retrofit.RetrofitCommand;
import dev.reuseagent.samples.spring.SpringCommand;
import dev.reuseagent.samples.urlconnection.PatternName;
import dev.reuseagent.samples.urlconnection.UrlConnectionCommand;

import java.io.IOException;
import java.security.GeneralSecurityException;

/**
 * Entry point of sample-apps.jar. Exit codes: 0 all requests succeeded, 1 some failed, 2 bad arguments,
 * 3 halted by the watchdog. A successful run returns from main instead of calling System.exit, so the JVM ends
 * the ordinary way (the agent prints its summary from a shutdown hook either way).
 */
public final class SampleMain {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private SampleMain() {
    }

    public static void main(String[] args) throws Exception {
        int status = run(args);
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    static int run(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("raw")) {
            Watchdog.start(60);
            return dev.reuseagent.samples.raw.RawTcpCommand.run(args);
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            System.err.println("sample: " + e.getMessage() + " (see: java -jar sample-apps.jar help)");
            return EXIT_USAGE;
        }
        if (options.command() == Options.Command.HELP) {
            System.out.print(usage());
            return EXIT_OK;
        }
        Watchdog.start(options.maxSeconds());
        if (options.command() == Options.Command.DEMO) {
            return Demo.run();
        }
        Tls tls = clientTls(options);
        if (tls == null) {
            return EXIT_USAGE;
        }
        ClientCommand.startClock();
        try {
            return switch (options.command()) {
                case URLCONNECTION -> UrlConnectionCommand.run(options, tls);
                case JDKHTTP -> JdkHttpCommand.run(options, tls);
                case OKHTTP -> OkHttpCommand.run(options, tls);
                case APACHE5 -> Apache5Command.run(options, tls);
                case APACHE5_ASYNC -> Apache5AsyncCommand.run(options, tls);
                case APACHE4 -> Apache4Command.run(options, tls);
                case SPRING, FEIGN, GOOGLE, RETROFIT, NETTY, REACTOR, APACHE4_ASYNC, JETTY, VERTX, AWS, GRPC -> runFramework(options, tls);
                case ISOLATION -> runIsolation(options, tls);
                case DEMO, HELP -> EXIT_OK;
            };
        } catch (UsageException e) {
            System.err.println("sample: " + e.getMessage() + " (see: java -jar sample-apps.jar help)");
            return EXIT_USAGE;
        }
    }

    /** The one Tls of this JVM: exactly the --trust-pem certificates, or the JDK default trust. Null after an error. */
    private static Tls clientTls(Options options) {
        if (options.trustPem() == null) {
            return Tls.jdkDefaultTrust();
        }
        try {
            return Tls.trustingPem(options.trustPem());
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("sample: cannot read certificates from --trust-pem " + options.trustPem() + ": " + e.getMessage());
            return null;
        }
    }

    /** Kept apart so IsolationApp, and with it Byte Buddy and SLF4J, is only loaded when this subcommand runs. */
    private static int runIsolation(Options options, Tls tls) throws Exception {
        try {
            return dev.reuseagent.samples.isolation.IsolationApp.run(options, tls);
        } catch (NoClassDefFoundError e) {
            System.err.println("sample: isolation needs Byte Buddy and SLF4J (with a binding) on the class path: "
                    + "java -cp sample-apps.jar:<byte-buddy.jar>:<slf4j and logback jars> " + SampleMain.class.getName()
                    + " isolation ... (missing: " + e.getMessage() + ")");
            return EXIT_USAGE;
        }
    }

    /**
     * A wrapper framework's pattern; sample-apps.jar does not carry the framework, so say what is missing rather
     * than fail with a stack trace.
     */
    private static int runFramework(Options options, Tls tls) throws Exception {
        try {
            return switch (options.command()) {
                case SPRING -> SpringCommand.run(options, tls);
                case FEIGN -> FeignCommand.run(options, tls);
                case GOOGLE -> GoogleCommand.run(options, tls);
                case NETTY -> NettyCommand.run(options, tls);
                case REACTOR -> ReactorCommand.run(options, tls);
                case APACHE4_ASYNC -> Apache4AsyncCommand.run(options, tls);
                case JETTY -> JettyCommand.run(options, tls);
                case VERTX -> VertxCommand.run(options, tls);
                case AWS -> AwsCommand.run(options, tls);
                case GRPC -> GrpcCommand.run(options, tls);
                default -> RetrofitCommand.run(options, tls);
            };
        } catch (NoClassDefFoundError e) {
            System.err.println("sample: " + options.command().cliName() + " needs its framework on the class path: "
                    + "java -cp 'sample-apps.jar:client-libs/" + libsDir(options.command()) + "/target/lib/*' "
                    + SampleMain.class.getName() + " " + options.command().cliName() + " ... (missing: "
                    + e.getMessage() + ")");
            return EXIT_USAGE;
        }
    }

    /** The client-libs folder of a framework subcommand's jars. */
    private static String libsDir(Options.Command command) {
        if (command == Options.Command.AWS) {
            return "awssdk";
        }
        return command == Options.Command.GOOGLE ? "google-http" : command.cliName().replace("-", "");
    }

    /**
     * A client's pattern list. Its classes link the client library, which sample-apps.jar alone does not carry: then
     * say where the list is rather than fail.
     */
    private static String clientHelp(String client) {
        try {
            return switch (client) {
                case "jdkhttp" -> JdkHttpCommand.patternHelp();
                case "okhttp" -> OkHttpCommand.patternHelp();
                case "apache5" -> Apache5Command.patternHelp();
                case "apache5-async" -> Apache5AsyncCommand.patternHelp();
                default -> Apache4Command.patternHelp();
            };
        } catch (LinkageError e) {
            return "  (the " + client + " library is not on the class path: java -jar sample-apps-demo.jar help lists them)";
        }
    }

    static String usage() {
        return String.join(System.lineSeparator(),
                "usage:",
                "  java -jar sample-apps.jar urlconnection <pattern> --url <URL> [--requests N] [--threads T] [--pause-ms P]",
                "                                          [--trust-pem <file>] [--max-seconds S] [--linger-ms L] [--end E]",
                "  java -cp 'sample-apps.jar:<client jars>' " + SampleMain.class.getName() + " <jdkhttp|okhttp|apache5|apache5-async|apache4> <pattern> --url <URL>",
                "       [the urlconnection options] [--protocol http1|h2] [--pool-size N]   (sample-apps-demo.jar has the clients)",
                "  java -cp 'sample-apps.jar:client-libs/<framework>/target/lib/*' " + SampleMain.class.getName()
                        + " <spring|feign|google|retrofit> <pattern>",
                "       --url <URL> [the urlconnection options]   (HTTP wrapper frameworks over the clients above)",
                "  java -cp 'sample-apps.jar:client-libs/<netty|reactor>/target/lib/*' " + SampleMain.class.getName()
                        + " <netty|reactor> <pattern>",
                "       --url <URL> [the urlconnection options]   (Netty's NIO and native epoll transports: netty http only;",
                "       reactor http and https, and [--protocol http1|h2])",
                "  java -cp 'sample-apps.jar:client-libs/apache4async/target/lib/*' " + SampleMain.class.getName()
                        + " apache4-async <pattern>",
                "       --url <URL> [the urlconnection options]   (Apache HttpAsyncClient 4.1)",
                "  java -cp 'sample-apps.jar:client-libs/jetty/target/lib/*' " + SampleMain.class.getName() + " jetty <pattern>",
                "       --url <URL> [the urlconnection options] [--protocol http1|h2]   (Jetty's HttpClient 12.1)",
                "  java -cp 'sample-apps.jar:client-libs/vertx/target/lib/*' " + SampleMain.class.getName() + " vertx <pattern>",
                "       --url <URL> [the urlconnection options]   (Vert.x 5 WebClient, http and https)",
                "  java -cp 'sample-apps.jar:client-libs/awssdk/target/lib/*' " + SampleMain.class.getName() + " aws <pattern>",
                "       --url <URL> [the urlconnection options] [--protocol http1|h2]   (AWS SDK v2 S3 GetObject at the URL's",
                "       origin, http and https; h2: netty-nio-client by ALPN)",
                "  java -cp 'sample-apps.jar:client-libs/grpc/target/lib/*' " + SampleMain.class.getName() + " grpc <pattern>",
                "       --url <http|https URL: its host and port> [the urlconnection options]   (gRPC-Java unary calls;",
                "       client-libs/grpc-shaded/target/lib: the same on grpc-netty-shaded)",
                "  java -jar sample-apps-demo.jar demo [--max-seconds S]",
                "  java -jar sample-apps.jar raw <socket|channel|channel-nonblocking|socket-adaptor> --url <http URL> [--requests N]",
                "       (hand-written HTTP over raw TCP: a client the agent does not recognise)",
                "  java -cp sample-apps.jar:<byte-buddy.jar>:<slf4j+logback jars> " + SampleMain.class.getName(),
                "       isolation --url <URL> [--requests N] [--threads T] [--pause-ms P] [--trust-pem <file>] [--max-seconds S]",
                "  java -jar sample-apps.jar help",
                "",
                "urlconnection patterns: " + PatternName.cliNames(),
                "  shared             one SSLSocketFactory, body read to EOF and closed, never disconnect() (the good one)",
                "  body-not-consumed  getResponseCode(), then close the body unread (use a large body, e.g. 1 MiB)",
                "  body-not-closed    read nothing, never close the body (leak it)",
                "  disconnect         read and close the body, then disconnect()",
                "  disconnect-unread  getResponseCode(), then disconnect() without reading",
                "  body-partly-read   read the first KiB of the body, then close it",
                "  error-body-unread  an error status: close the error stream without reading it",
                "  new-ssl-factory    a new SSLContext and SSLSocketFactory per request (HTTPS)",
                "  keepalive-off      shared, with http.keepAlive=false set before the first request",
                "  post-expect-continue  shared, but a POST with Expect: 100-continue (an interim 100 response first)",
                "  connection-close      shared, but every request says Connection: close (the server ends each connection)",
                "",
                "jdkhttp patterns:", clientHelp("jdkhttp"),
                "okhttp patterns:", clientHelp("okhttp"),
                "apache5 patterns:", clientHelp("apache5"),
                "apache5-async patterns (HttpClient 5 async API; --protocol h2):", clientHelp("apache5-async"),
                "apache4 patterns:", clientHelp("apache4"),
                "spring patterns (spring-web 7):", SpringCommand.patternHelp(),
                "feign patterns (OpenFeign, its default client):", FeignCommand.patternHelp(),
                "google patterns (Google HTTP Client 2.2; client-libs/google-http):", GoogleCommand.patternHelp(),
                "retrofit patterns (Retrofit 3 over OkHttp 4.12):", RetrofitCommand.patternHelp(),
                "netty patterns (plain Netty 4.2, HTTP/1.1):", NettyCommand.patternHelp(),
                "reactor patterns (Reactor Netty 1.3 HttpClient, its default transport):", ReactorCommand.patternHelp(),
                "apache4-async patterns (Apache HttpAsyncClient 4.1):", Apache4AsyncCommand.patternHelp(),
                "jetty patterns (Jetty HttpClient 12.1, HTTP/1.1 or --protocol h2):", JettyCommand.patternHelp(),
                "vertx patterns (Vert.x 5 WebClient, HTTP/1.1; h2-* HTTP/2):", VertxCommand.patternHelp(),
                "aws patterns (AWS SDK v2 S3 client on netty-nio-client, apache-client or url-connection-client):",
                AwsCommand.patternHelp(),
                "grpc patterns (gRPC-Java unary calls over grpc-netty or grpc-netty-shaded):", GrpcCommand.patternHelp(),
                "",
                "options:",
                "  --url          the URL to GET, the same one every request",
                "  --requests N   total requests (default " + Options.DEFAULT_REQUESTS + ")",
                "  --threads T    worker threads sharing the requests, started together (default " + Options.DEFAULT_THREADS + ")",
                "  --pause-ms P   pause between consecutive requests of one thread (default " + Options.DEFAULT_PAUSE_MS + ")",
                "  --trust-pem F  trust exactly the CA certificates in this PEM file for HTTPS (default: JDK trust)",
                "  --max-seconds  halt the JVM with status 3 after this long (default " + Options.DEFAULT_MAX_SECONDS + ")",
                "  --linger-ms L  keep the JVM alive this long after the last request (default 0)",
                "  --end E        after the requests: return (default; close the client, return from main), hook (close",
                "                 the client in a shutdown hook, 300 ms into the JVM's shutdown) or halt (Runtime.halt)",
                "  --protocol     http1 (default) or h2: HTTP/2 (over http:// with prior knowledge) for clients that speak it",
                "  --pool-size N  connections the client's pool may keep per route/host (default: the library's own)",
                "",
                "output: the last stdout line is 'sample: pattern=<p> requests=<N> ok=<k> failed=<f>', before it",
                "        'sample: elapsed-ms=<the requests' wall time>' and 'sample: output=<digest> observations=<n>'",
                "        (what the patterns saw: statuses, bodies, exceptions)",
                "exit status: 0 all requests 2xx, 1 some failed, 2 bad arguments, 3 halted by the watchdog",
                "");
    }
}

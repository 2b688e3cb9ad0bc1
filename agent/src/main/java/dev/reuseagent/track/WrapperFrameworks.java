package dev.reuseagent.track;

import java.util.List;

/**
 * The HTTP wrapper frameworks whose frames stand between an application line and the HTTP client underneath:
 * {@link SiteFinder} skips them so that the code site is the application's call ({@code api.fetch(id)}), not the
 * framework's ({@code feign.Client$Default.convertResponse}, {@code SimpleClientHttpRequest.executeInternal},
 * {@code retrofit2.OkHttpCall.execute}). Users add their own in-house wrappers with {@code siteExclude}.
 *
 * <p>Precise on purpose. Where a framework's namespace also holds code that applications write or extend (Spring:
 * {@code org.springframework.samples.petclinic} is an application), only the packages that run between a call and
 * the client are listed. Where the whole namespace is the framework's own ({@code feign.}, {@code retrofit2.},
 * Jersey, RESTEasy, CXF), all of it is: server-side frames of such a framework sit below the application's own
 * handler on the stack, so skipping them never hides the application line above. The list in docs/contracts.md
 * §3.4 and the README is this one.
 */
final class WrapperFrameworks {

    private WrapperFrameworks() {
    }

    /**
     * Skipped only where a class name starts with them: after a relocation prefix, short names such as
     * {@code reactor.} or {@code feign.} are too likely to be an application's own package
     * ({@code com.acme.reactor.Core}).
     */
    static final List<String> PACKAGES = List.of(
            // Spring: RestTemplate and RestClient, the request factories and their interceptor chain, WebClient,
            // HTTP interface clients (@HttpExchange, called through an AOP proxy), Spring Cloud's OpenFeign
            // integration and load-balancing interceptors, Spring Web Services' WebServiceTemplate.
            "org.springframework.web.client.", "org.springframework.http.client.",
            "org.springframework.web.reactive.function.client.", "org.springframework.web.service.invoker.",
            "org.springframework.aop.framework.", "org.springframework.cloud.openfeign.",
            "org.springframework.cloud.client.loadbalancer.", "org.springframework.ws.client.",
            "org.springframework.ws.transport.",
            // Declarative clients: OpenFeign (core and its client modules), Retrofit 2 and 3.
            "feign.", "retrofit2.",
            // Google HTTP Client, Google API and OAuth clients, GAX, Google Auth (token refreshes).
            "com.google.api.client.", "com.google.api.gax.", "com.google.auth.",
            // AWS SDK v2 and v1.
            "software.amazon.awssdk.", "com.amazonaws.",
            // JAX-RS and MicroProfile REST clients: the API and the implementations.
            "jakarta.ws.rs.client.", "org.eclipse.microprofile.rest.client.", "org.glassfish.jersey.",
            "org.jboss.resteasy.", "org.apache.cxf.", "io.quarkus.restclient.", "io.quarkus.rest.client.",
            "io.micronaut.http.client.",
            // Search engines' REST clients over Apache HttpAsyncClient.
            "org.elasticsearch.client.", "co.elastic.clients.", "org.opensearch.client.",
            // Other HTTP client wrappers.
            "kong.unirest.", "io.ktor.", "io.vertx.", "org.eclipse.jetty.",
            // Reactive and RPC runtimes that run the request for the subscriber: Reactor (core and Reactor Netty),
            // RxJava, gRPC.
            "reactor.", "io.reactivex.", "io.grpc.");

    /**
     * Skipped where a class name starts with them and where they follow a relocation prefix, like the clients'
     * library packages: Netty is shipped relocated inside other libraries ({@code io.grpc.netty.shaded.io.netty.}),
     * and {@code .io.netty.} cannot be an application's package.
     */
    static final List<String> RELOCATABLE_PACKAGES = List.of("io.netty.");

    private static final String PROXY = "$Proxy";

    /**
     * A JDK dynamic proxy (Feign's and Retrofit's interfaces, Spring's HTTP interfaces): {@code jdk.proxy1.$Proxy12}
     * and {@code com.sun.proxy.$Proxy12} are skipped as JDK code, but the proxy of a non-public interface is defined
     * in the interface's own package ({@code com.acme.$Proxy12}), where it would pass for the application's line.
     * The JDK names every proxy class {@code $Proxy<n>}; javac never makes such a name.
     */
    static boolean isJdkProxy(String className) {
        int start = className.lastIndexOf('.') + 1 + PROXY.length();
        if (start >= className.length() || !className.startsWith(PROXY, start - PROXY.length())) {
            return false;
        }
        for (int i = start; i < className.length(); i++) {
            if (className.charAt(i) < '0' || className.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

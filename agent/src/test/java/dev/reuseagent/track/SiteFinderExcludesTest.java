package dev.reuseagent.track;

import dev.reuseagent.client.SliceFixtures;
import dev.reuseagent.util.Relocations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which class names {@link SiteFinder} treats as library code (the walk itself is in testapp.SiteFinderTest). */
class SiteFinderExcludesTest {

    private static final List<String> LIBRARIES = SliceFixtures.libraryPackages();

    private final SiteFinder finder = new SiteFinder(true, LIBRARIES, List.of());

    @Test
    void theJdkTheAgentAndTheLibrariesUnderTheirOwnNames() {
        for (String name : new String[] {"java.net.Socket", "sun.nio.ch.Net", "jdk.internal.net.http.HttpClientImpl",
                "dev.reuseagent.transport.TransportTracker", "okhttp3.internal.connection.RealCall", "okio.Okio",
                "org.apache.http.impl.execchain.MainClientExec", "org.apache.hc.client5.http.impl.classic.ConnectExec",
                "org.apache.commons.logging.impl.Jdk14Logger", "kotlin.io.CloseableKt",
                "kotlinx.coroutines.DispatchedTask"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void librariesAfterARelocationPrefix() {
        for (String name : new String[] {
                "com.acme.vendor.shaded.org.apache.http.impl.execchain.MainClientExec",
                "com.acme.vendor.shaded.org.apache.commons.logging.impl.Jdk14Logger",
                "io.product.shaded.org.apache.hc.client5.http.impl.classic.InternalHttpClient",
                "shadow.okhttp3.internal.connection.RealCall", "com.acme.deps.okio.RealBufferedSource",
                "com.acme.deps.kotlin.coroutines.jvm.internal.BaseContinuationImpl",
                "com.acme.deps.kotlinx.coroutines.DispatchedTask"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void aRecognisedCopyWhosePackageWasRenamedAwayOnceItIsKnown() {
        // Maven's wagon: org.apache.http. became ...httpclient.; the wagon's own code stays application code.
        String relocated = "org.apache.maven.wagon.providers.http.httpclient.impl.execchain.MainClientExec";
        assertFalse(new SiteFinder(true, LIBRARIES, List.of()).excluded("com.example.renamed.impl.Pool"));
        Relocations.add("org.example.renamed.", "com.example.renamed.");
        Relocations.add("org.apache.http.", "org.apache.maven.wagon.providers.http.httpclient.");

        assertTrue(finder.excluded(relocated), relocated);
        assertTrue(finder.excluded("com.example.renamed.impl.Pool"));
        assertFalse(finder.excluded("org.apache.maven.wagon.providers.http.wagon.shared.AbstractHttpClientWagon"));
    }

    @Test
    void httpWrapperFrameworks() {
        for (String name : new String[] {
                "org.springframework.web.client.RestTemplate", "org.springframework.web.client.DefaultRestClient",
                "org.springframework.http.client.SimpleClientHttpRequest",
                "org.springframework.http.client.JdkClientHttpRequestFactory",
                "org.springframework.web.reactive.function.client.DefaultWebClient",
                "org.springframework.web.service.invoker.HttpServiceProxyFactory",
                "feign.SynchronousMethodHandler", "feign.Client$Default", "feign.okhttp.OkHttpClient",
                "retrofit2.OkHttpCall", "com.google.api.client.http.HttpRequest",
                "com.google.api.client.http.javanet.NetHttpRequest",
                "software.amazon.awssdk.core.internal.http.pipeline.stages.MakeHttpRequestStage",
                "com.amazonaws.http.AmazonHttpClient", "org.glassfish.jersey.client.JerseyInvocation",
                "org.jboss.resteasy.client.jaxrs.internal.ClientInvocation",
                "org.eclipse.microprofile.rest.client.RestClientBuilder", "reactor.core.publisher.Mono",
                "reactor.netty.http.client.HttpClientConnect", "io.netty.bootstrap.Bootstrap",
                "io.grpc.netty.shaded.io.netty.bootstrap.Bootstrap", "io.grpc.stub.ClientCalls"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void jdkProxiesOfFrameworkInterfaces() {
        for (String name : new String[] {"jdk.proxy2.$Proxy12", "com.sun.proxy.$Proxy7",
                "com.acme.billing.$Proxy3", "$Proxy5"}) {
            assertTrue(finder.excluded(name), name);
        }
    }

    @Test
    void applicationsBesideTheFrameworksAreNotSkipped() {
        // Spring's own namespace holds applications (PetClinic); the short framework names are not matched after
        // a prefix, where they would be an application's package.
        for (String name : new String[] {"org.springframework.samples.petclinic.owner.OwnerController",
                "com.acme.feign.Api", "com.acme.reactor.Core", "com.acme.retrofit2.Api", "feignapp.Main",
                "com.acme.billing.ProxyFactory", "com.acme.billing.Export$Proxy", "com.acme.billing.$ProxyConfig",
                "com.acme.billing.$Proxy"}) {
            assertFalse(finder.excluded(name), name);
        }
    }

    @Test
    void applicationCode() {
        for (String name : new String[] {"com.acme.billing.Export", "dev.reuseagent.samples.vendored.VendoredPatterns",
                "com.acme.kotlin.Export", "com.acme.http.Client", "org.apache.httpd.Config", "com.okhttp3app.Main",
                "javafx.App", "sunrise.Main"}) {
            assertFalse(finder.excluded(name), name);
        }
    }

    @Test
    void siteExcludeNamesARelocationThatDroppedTheLibraryPackage() {
        SiteFinder withOption = new SiteFinder(true, LIBRARIES, List.of("com.acme.http."));
        assertTrue(withOption.excluded("com.acme.http.impl.execchain.MainClientExec"));
        assertFalse(finder.excluded("com.acme.http.impl.execchain.MainClientExec"));
    }
}

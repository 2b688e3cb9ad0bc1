package dev.reuseagent.samples.demo;

import dev.reuseagent.samples.Tls;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/**
 * The demo's TLS material: a <b>demo-only, self-signed</b> certificate for {@code 127.0.0.1} / {@code localhost}
 * (EC P-256, valid 100 years) and its private key, committed as resources so the demo needs no setup. It
 * protects nothing: never use it outside the embedded demo servers. Regenerate with
 * <pre>
 * keytool -genkeypair -alias demo -keyalg EC -groupname secp256r1 -validity 36500 \
 *   -ext san=ip:127.0.0.1,dns:localhost -dname CN=reuse-agent-demo \
 *   -storetype PKCS12 -storepass demo-only -keystore demo-keystore.p12
 * keytool -exportcert -rfc -alias demo -keystore demo-keystore.p12 -storepass demo-only -file demo-ca.pem
 * </pre>
 * The demo client trusts exactly this certificate (no trust-all), so it exercises real TLS verification.
 */
final class DemoCertificate {
    static final String KEYSTORE_RESOURCE = "/demo/demo-keystore.p12";
    static final String CERTIFICATE_RESOURCE = "/demo/demo-ca.pem";
    private static final char[] PASSWORD = "demo-only".toCharArray();

    private DemoCertificate() {
    }

    /** Server side: presents the demo certificate. */
    static SSLContext serverContext() throws GeneralSecurityException {
        try (InputStream in = resource(KEYSTORE_RESOURCE)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Client side: trusts the demo certificate and nothing else. */
    static Tls clientTls() throws GeneralSecurityException {
        try (InputStream in = resource(CERTIFICATE_RESOURCE)) {
            return Tls.trustingPem(in, CERTIFICATE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCertificate.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name + " (sample-apps.jar is incomplete)");
        }
        return in;
    }
}

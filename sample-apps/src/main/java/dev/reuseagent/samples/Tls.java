package dev.reuseagent.samples;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * Client-side TLS for the samples: which certificates to trust, and the socket factories built from them.
 *
 * <p>{@code HttpURLConnection}'s keep-alive cache keys idle HTTPS connections by {@link SSLSocketFactory}
 * identity, so the factory instance decides whether a connection can be reused. {@link #sharedSocketFactory()}
 * therefore returns one instance for the lifetime of this object (each command creates exactly one {@code Tls},
 * so: one per JVM), while {@link #newSocketFactory()} deliberately builds a fresh context on every call for the
 * {@code new-ssl-factory} anti-pattern. Hostname verification is left at the JDK default.
 */
public final class Tls {
    /** Trusted CA certificates, or null for the JDK's default trust store. */
    private final KeyStore trustStore;
    private SSLSocketFactory shared;

    private Tls(KeyStore trustStore) {
        this.trustStore = trustStore;
    }

    /** Trusts what the JDK trusts by default (cacerts, javax.net.ssl.trustStore). */
    public static Tls jdkDefaultTrust() {
        return new Tls(null);
    }

    /** Trusts exactly the certificates in the PEM file (one or more). */
    public static Tls trustingPem(Path pemFile) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            return trustingPem(in, pemFile.toString());
        }
    }

    /** Trusts exactly the certificates in the PEM stream; {@code source} names it in error messages. */
    public static Tls trustingPem(InputStream pem, String source) throws GeneralSecurityException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(pem);
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no certificates in " + source);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an empty in-memory key store", e);
        }
        int index = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("trusted-" + index++, certificate);
        }
        return new Tls(store);
    }

    /** The one factory every well-behaved request of this run uses; built on first use. */
    public synchronized SSLSocketFactory sharedSocketFactory() {
        if (shared == null) {
            shared = trustStore == null
                    // The JVM-wide default: the same instance HttpsURLConnection uses when none is set.
                    ? HttpsURLConnection.getDefaultSSLSocketFactory()
                    : newSocketFactory();
        }
        return shared;
    }

    /** A brand-new factory from a brand-new SSLContext, with the same trust, on every call. */
    public SSLSocketFactory newSocketFactory() {
        return newSslContext().getSocketFactory();
    }

    /**
     * The same trust as an {@link X509TrustManager}, for clients that take the socket factory and the trust manager
     * together (OkHttp's {@code sslSocketFactory(factory, trustManager)}).
     */
    public X509TrustManager trustManager() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            for (TrustManager manager : tmf.getTrustManagers()) {
                if (manager instanceof X509TrustManager) {
                    return (X509TrustManager) manager;
                }
            }
            throw new IllegalStateException("no X509TrustManager among " + java.util.Arrays.toString(tmf.getTrustManagers()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a trust manager", e);
        }
    }

    public SSLContext newSslContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            // A null key store means "the JDK default trust", so this also covers jdkDefaultTrust().
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an SSLContext", e);
        }
    }
}

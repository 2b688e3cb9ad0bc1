package dev.reuseagent.bench.enforce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A throw-away certificate for 127.0.0.1, made fresh for each benchmark run with the JDK's own {@code keytool}: the
 * benchmark stays self-contained (no test-only TLS library in the uber jar, which must not carry OkHttp, and no
 * certificate checked in), and the samples get exactly it as {@code --trust-pem}. EC P-256, as OkHttp's
 * {@code HeldCertificate} used by the it-tests makes by default, so a handshake costs what it costs there; the
 * subject alternative names cover 127.0.0.1 and localhost, so every client's hostname check passes unchanged.
 */
public final class LoopbackTls {

    private static final String ALIAS = "loopback";
    /** Protects nothing: the key lives a few minutes under target/ and signs for 127.0.0.1 only. */
    private static final char[] PASSWORD = "bench-only".toCharArray();

    private final Path keyStore;
    private final Path trustPem;

    private LoopbackTls(Path keyStore, Path trustPem) {
        this.keyStore = keyStore;
        this.trustPem = trustPem;
    }

    /** Writes {@code loopback.p12} (key and certificate) and {@code loopback.pem} (the certificate) into dir. */
    public static LoopbackTls create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path store = dir.resolve("loopback.p12");
        Path pem = dir.resolve("loopback.pem");
        Files.deleteIfExists(store);
        Files.deleteIfExists(pem);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        String password = new String(PASSWORD);
        keytool(dir, List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-sigalg", "SHA256withECDSA", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", password,
                "-keypass", password));
        keytool(dir, List.of(keytool, "-exportcert", "-rfc", "-alias", ALIAS, "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", password, "-file", pem.toString()));
        Path trust = dir.resolve("trust.p12");
        Files.deleteIfExists(trust);
        keytool(dir, List.of(keytool, "-importcert", "-noprompt", "-alias", ALIAS, "-file", pem.toString(),
                "-storetype", "PKCS12", "-keystore", trust.toString(), "-storepass", TRUST_PASSWORD));
        return new LoopbackTls(store, pem);
    }

    /** The password of {@link #trustStore()}: it holds a public certificate only. */
    public static final String TRUST_PASSWORD = "bench-trust";

    /**
     * {@code trust.p12} beside the PEM: the certificate alone, for {@code javax.net.ssl.trustStore}, so a client
     * built with the library's defaults (the JDK's default trust) accepts the loopback server.
     */
    public Path trustStore() {
        return trustPem.resolveSibling("trust.p12");
    }

    /** The certificate in PEM, for the samples' {@code --trust-pem}. */
    public Path trustPem() {
        return trustPem;
    }

    /** The server side: this key and certificate, the JDK's default TLS versions and cipher suites. */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private static void keytool(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve("keytool.log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish in 60 s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool failed (exit " + process.exitValue() + "): " + command + "\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }
}

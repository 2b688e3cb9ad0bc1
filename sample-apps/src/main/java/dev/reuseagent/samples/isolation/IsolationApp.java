package dev.reuseagent.samples.isolation;

import dev.reuseagent.samples.Options;
import dev.reuseagent.samples.Tls;
import dev.reuseagent.samples.urlconnection.PatternName;
import dev.reuseagent.samples.RequestRunner;
import dev.reuseagent.samples.RunResult;
import dev.reuseagent.samples.ClientCommand;
import dev.reuseagent.samples.urlconnection.UrlConnectionPattern;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The {@code isolation} subcommand: an application that brings its own Byte Buddy and SLF4J (+ Logback), in
 * versions different from the agent's. It generates and loads a class with its Byte Buddy, logs through its
 * SLF4J binding and then does ordinary shared-pattern requests. If the agent leaked its own copies onto the
 * application class path, or broke the application's, this is where it shows.
 *
 * <p>Byte Buddy and SLF4J are {@code provided} dependencies: this class is only loaded when the subcommand
 * runs, and the caller puts the jars on the class path ({@code java -cp sample-apps.jar:...}).
 */
public final class IsolationApp {
    static final String GENERATED_TO_STRING = "generated-by-app-bytebuddy";
    private static final Logger LOG = LoggerFactory.getLogger("sample.isolation");

    private IsolationApp() {
    }

    /** @return 0 if the generated class works and every request got a 2xx status, 1 otherwise */
    public static int run(Options options, Tls tls) throws Exception {
        Object generated = generateInstance();
        String binding = LoggerFactory.getILoggerFactory().getClass().getName();
        LOG.info("isolation: bytebuddy={}", byteBuddyVersion());
        LOG.info("isolation: slf4j-binding={}", binding);
        System.out.println("isolation: generated=" + generated + " binding=" + binding
                + " bytebuddy-class-loader=" + ByteBuddy.class.getClassLoader());

        UrlConnectionPattern shared = PatternName.SHARED.newPattern(tls);
        UrlConnectionPattern logged = url -> {
            int status = shared.get(url);
            LOG.info("isolation: GET {} -> {}", url, status);
            return status;
        };
        RunResult result = new RequestRunner(logged, options.url(), options.requests(), options.threads(), options.pauseMs()).run();
        System.out.println(ClientCommand.resultLine("isolation", options.requests(), result));
        boolean generatedWorks = GENERATED_TO_STRING.equals(generated.toString());
        if (!generatedWorks) {
            System.err.println("isolation: the generated class answered '" + generated + "'");
        }
        return result.allOk() && generatedWorks ? 0 : 1;
    }

    /** A subclass of Object whose toString() returns a fixed value, generated and loaded with the app's Byte Buddy. */
    private static Object generateInstance() throws ReflectiveOperationException {
        Class<?> type = new ByteBuddy(ClassFileVersion.JAVA_V8) // fixed, so an older Byte Buddy also runs on newer JVMs
                .subclass(Object.class)
                .name("dev.reuseagent.samples.isolation.Generated")
                .method(ElementMatchers.named("toString"))
                .intercept(FixedValue.value(GENERATED_TO_STRING))
                .make()
                .load(IsolationApp.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
                .getLoaded();
        return type.getDeclaredConstructor().newInstance();
    }

    /**
     * The version of the Byte Buddy the app loaded: from its manifest, else from the pom.properties inside the very
     * jar ByteBuddy.class came from (not a class-path resource lookup, which could find another copy first).
     */
    private static String byteBuddyVersion() {
        String version = ByteBuddy.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try {
            CodeSource source = ByteBuddy.class.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                try (JarFile jar = new JarFile(Path.of(source.getLocation().toURI()).toFile())) {
                    ZipEntry entry = jar.getEntry("META-INF/maven/net.bytebuddy/byte-buddy/pom.properties");
                    if (entry != null) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            Properties properties = new Properties();
                            properties.load(in);
                            return properties.getProperty("version", "unknown");
                        }
                    }
                }
            }
        } catch (Exception e) {
            // fall through: the version is informational
        }
        return "unknown";
    }
}

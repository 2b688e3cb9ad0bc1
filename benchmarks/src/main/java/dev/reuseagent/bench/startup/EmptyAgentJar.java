package dev.reuseagent.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the jar of {@link EmptyAgent} (manifest {@code Premain-Class} plus that one class, its bytes read from
 * benchmarks.jar) at the start of each benchmark run, so it always matches the benchmark that measures it.
 *
 * <p>The probe's class path (benchmarks.jar) comes before the agent jar, which JPLIS appends to it, so the probe
 * JVM loads {@code EmptyAgent} from benchmarks.jar, a jar it opens for the probe anyway; a real agent's classes
 * come from its own jar, one more jar opened by the class loader, which this floor leaves in the agent's own share.
 */
public final class EmptyAgentJar {

    private EmptyAgentJar() {
    }

    /** Writes (or overwrites) {@code jar}; returns it. */
    public static Path write(Path jar) throws IOException {
        String entry = EmptyAgent.class.getName().replace('.', '/') + ".class";
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0"); // without it the manifest is written empty
        main.put(new Attributes.Name("Premain-Class"), EmptyAgent.class.getName());
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (InputStream in = EmptyAgent.class.getResourceAsStream("/" + entry);
                OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (in == null) {
                throw new IllegalStateException(entry + " not found on the benchmark's class path");
            }
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}

package dev.reuseagent.weave;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the class file of a class a loader would define, as a resource of that loader, without loading the class.
 * Class files are never encapsulated, so this also reads the JDK's classes in named modules.
 */
final class ClassFiles {

    private ClassFiles() {
    }

    /** The class file, or null when the loader has none of that name (or cannot read it). */
    static byte[] read(ClassLoader loader, String internalName) {
        String resource = internalName.concat(".class");
        try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                : loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

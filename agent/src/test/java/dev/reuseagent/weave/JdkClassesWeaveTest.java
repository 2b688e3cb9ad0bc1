package dev.reuseagent.weave;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running JDK's own classes weave, pass ASM's data-flow verifier, and keep every method no hook matched
 * byte for byte. ({@link WeavingAgentTest} has the JVM's own verifier check them in a child JVM.)
 */
class JdkClassesWeaveTest {

    @ParameterizedTest
    @ValueSource(strings = {JdkHooks.SOCKET, JdkHooks.CHANNEL, JdkHooks.SSL_SOCKET, JdkHooks.URL_CLIENT,
            JdkHooks.HTTP_CLIENT})
    void weavesVerifiesAndCopiesTheRestUnchanged(String className) throws IOException {
        String internalName = className.replace('.', '/');
        List<Hook> hooks = JdkHooks.of(className);
        Weaving.Woven woven = Weaving.weave(internalName, jdkClassFile(internalName), hooks.toArray(new Hook[0]));

        assertEquals(List.of(), woven.failures);
        assertEquals(List.of(), woven.matchedNothing);
        assertEquals(Set.copyOf(hooks), woven.methodsByHook.keySet());
        Weaving.verify(woven.bytes);

        Map<String, byte[]> before = Weaving.methodInfos(woven.original);
        Map<String, byte[]> after = Weaving.methodInfos(woven.bytes);
        assertEquals(before.keySet(), after.keySet(), "no method added or removed");
        Set<String> wovenMethods = new HashSet<>();
        woven.methodsByHook.values().forEach(wovenMethods::addAll);
        for (String method : before.keySet()) {
            if (wovenMethods.contains(method)) {
                assertFalse(Arrays.equals(before.get(method), after.get(method)), method);
            } else {
                assertArrayEquals(before.get(method), after.get(method), method + " was changed");
            }
        }
        assertTrue(woven.bytes.length > woven.original.length);
    }

    /** A class file of the running JDK, from its module image. */
    static byte[] jdkClassFile(String internalName) throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Class<?> type;
        try {
            type = Class.forName(internalName.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        return Files.readAllBytes(jrt.getPath("modules", type.getModule().getName(), internalName + ".class"));
    }
}

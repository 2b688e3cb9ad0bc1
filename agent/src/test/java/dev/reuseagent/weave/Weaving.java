package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Errors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Test support: weaves class files with a real {@link Weaver}, defines the result, checks it. */
final class Weaving {

    private Weaving() {
    }

    /** What one weave produced, and what the listener heard. */
    static final class Woven implements WeaveListener {
        final String internalName;
        final byte[] original;
        final Weaver weaver;
        final List<String> failures = new ArrayList<>();
        final Map<Hook, List<String>> methodsByHook = new LinkedHashMap<>();
        final List<Hook> matchedNothing = new ArrayList<>();
        byte[] bytes;

        Woven(String internalName, byte[] original, Hook... hooks) {
            this.internalName = internalName;
            this.original = original;
            Map<String, List<Hook>> byName = new HashMap<>();
            for (Hook hook : hooks) {
                byName.computeIfAbsent(hook.internalName(), k -> new ArrayList<>()).add(hook);
            }
            try {
                this.weaver = new Weaver(byName::get, Errors.class.getMethod("adviceError", Throwable.class), this);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methods, List<Hook> nothing) {
            methodsByHook.putAll(methods);
            matchedNothing.addAll(nothing);
        }

        @Override
        public void failed(String className, ClassLoader loader, String reason) {
            failures.add(reason);
        }

        /** Defines the woven class in a fresh loader; everything else comes from the test class path. */
        Class<?> define() {
            assertNotNull(bytes, "the class was not woven: " + failures);
            return Weaving.define(internalName.replace('/', '.'), bytes);
        }
    }

    static Woven weave(Class<?> target, Hook... hooks) {
        String internalName = target.getName().replace('.', '/');
        return weave(internalName, classFile(internalName), hooks);
    }

    static Woven weave(String internalName, byte[] original, Hook... hooks) {
        Woven woven = new Woven(internalName, original, hooks);
        woven.bytes = woven.weaver.transform(null, internalName, null, null, original.clone());
        return woven;
    }

    /**
     * A weaver whose every hooked class belongs to {@code group}; what it reports is added to the lists: failures as
     * {@code class: reason}, stand-downs as {@code group in test loader: reason}, relocated copies recognised as
     * {@code group: relocation}.
     */
    static Weaver groupWeaver(HookGroup group, List<String> failed, List<String> stoodDown, List<String> relocated)
            throws NoSuchMethodException {
        HookLookup lookup = new HookLookup() {
            @Override
            public List<Hook> hooksFor(String internalName) {
                return group.hooksOf(internalName);
            }

            @Override
            public HookGroup groupFor(String internalName) {
                return group;
            }
        };
        return new Weaver(lookup, Errors.class.getMethod("adviceError", Throwable.class), new WeaveListener() {
            @Override
            public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methods,
                    List<Hook> nothing) {
            }

            @Override
            public void failed(String className, ClassLoader loader, String reason) {
                failed.add(className + ": " + reason);
            }

            @Override
            public void stoodDown(String name, ClassLoader loader, String reason) {
                String where = loader == Weaving.class.getClassLoader() ? "test loader" : String.valueOf(loader);
                stoodDown.add(name + " in " + where + ": " + reason);
            }

            @Override
            public void relocatedCopy(String name, ClassLoader loader, Map<String, String> relocation) {
                relocated.add(name + ": " + relocation);
            }
        });
    }

    static byte[] classFile(String internalName) {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(internalName + ".class")) {
            assertNotNull(in, internalName);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Defines one class from these bytes in a new loader that delegates every other class to the test's. */
    static Class<?> define(String binaryName, byte[] bytes) {
        ClassLoader loader = new ClassLoader(Weaving.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    if (!name.equals(binaryName)) {
                        return super.loadClass(name, resolve);
                    }
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : defineClass(name, bytes, 0, bytes.length);
                }
            }
        };
        try {
            // Initializing links and so verifies the class with the JVM's own verifier, stack map frames included.
            return Class.forName(binaryName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** ASM's data-flow verifier over every method: types, stack heights, locals, handlers. */
    static void verify(byte[] bytes) {
        StringWriter problems = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), Weaving.class.getClassLoader(), false,
                new PrintWriter(problems));
        assertEquals("", problems.toString(), "ASM's verifier found problems");
    }

    /** Each method's raw method_info bytes (access flags to the end of its attributes), by name and descriptor. */
    static Map<String, byte[]> methodInfos(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        Map<String, byte[]> result = new LinkedHashMap<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        int offset = reader.header + 6;
        offset += 2 + 2 * reader.readUnsignedShort(offset);
        // The fields table (0), then the methods table (1): both are member_info structures.
        for (int table = 0; table < 2; table++) {
            int count = reader.readUnsignedShort(offset);
            offset += 2;
            for (int i = 0; i < count; i++) {
                int start = offset;
                String key = reader.readUTF8(offset + 2, buffer) + reader.readUTF8(offset + 4, buffer);
                int attributes = reader.readUnsignedShort(offset + 6);
                offset += 8;
                for (int a = 0; a < attributes; a++) {
                    offset += 6 + reader.readInt(offset + 2);
                }
                if (table == 1) {
                    result.put(key, Arrays.copyOfRange(classFile, start, offset));
                }
            }
        }
        return result;
    }
}

package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.Errors;
import dev.reuseagent.weave.fixture.Gate;
import dev.reuseagent.weave.fixture.GateApi;
import dev.reuseagent.weave.fixture.Plain;
import dev.reuseagent.weave.fixture.PlainApi;
import dev.reuseagent.weave.fixture.ReplaceAdvice;
import dev.reuseagent.weave.fixture.ScaledAdvice;
import dev.reuseagent.weave.fixture.SkipAdvice;
import dev.reuseagent.weave.fixture.SkipValueAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Class files without stack map frames (before 50) and of the newest version the weaver supports (69, Java 25), for
 * plain advice and for skipOnTrue / replaceReturn advice.
 */
class ClassFileVersionsTest {

    private static final String PLAIN = Plain.class.getName();
    private static final String PLAIN_INTERNAL = PLAIN.replace('.', '/');

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    private static Weaving.Woven weavePlain(byte[] classFile) {
        Weaving.Woven woven = Weaving.weave(PLAIN_INTERNAL, classFile,
                new Hook(PLAIN, named("tryFinally"), EnterExitAdvice.class),
                new Hook(PLAIN, named("scaled"), ScaledAdvice.class));
        assertEquals(List.of(), woven.failures);
        Weaving.verify(woven.bytes);
        return woven;
    }

    private static void run(Weaving.Woven woven) throws ReflectiveOperationException {
        PlainApi plain = (PlainApi) woven.define().getConstructor(int.class).newInstance(3);

        assertEquals(8, plain.tryFinally(4));
        assertThrows(IllegalArgumentException.class, () -> plain.tryFinally(-4));
        assertEquals(10L, plain.scaled(4L, 2.5));

        assertEquals(List.of(List.of("enter", plain, 4), Arrays.asList("exit", plain, 4, 4000L, 8, null)),
                Calls.all().subList(0, 2));
        assertEquals(List.of("scaled", 4L, 2.5, 10L, 5), Calls.all().get(4));
    }

    @Test
    void classFilesBefore50GetNoStackMapFrames() throws ReflectiveOperationException {
        byte[] java5 = withVersion(Weaving.classFile(PLAIN_INTERNAL), Opcodes.V1_5);
        Weaving.Woven woven = weavePlain(java5);

        assertFalse(new String(woven.bytes, StandardCharsets.ISO_8859_1).contains("StackMapTable"));
        run(woven);
    }

    @Test
    void java25ClassFilesWeave() throws ReflectiveOperationException {
        byte[] java25 = withVersion(Weaving.classFile(PLAIN_INTERNAL), Opcodes.V25);
        Weaving.Woven woven = weavePlain(java25);

        assertEquals(Opcodes.V25, new ClassReader(woven.bytes).readUnsignedShort(6));
        assertTrue(new String(woven.bytes, StandardCharsets.ISO_8859_1).contains("StackMapTable"));
        if (Runtime.version().feature() >= 25) {
            run(woven);
        }
    }

    @Test
    void skipAndReturnReplacementWeaveWithAndWithoutStackMapFrames() throws ReflectiveOperationException {
        String gate = Gate.class.getName();
        String internalName = gate.replace('.', '/');
        int[] versions = {Opcodes.V1_5, Opcodes.V1_6, Opcodes.V25};
        SkipAdvice.Flag.skipping = false;
        SkipValueAdvice.AsObject.value = new int[] {9};
        for (int version : versions) {
            Calls.clear();
            Weaving.Woven woven = Weaving.weave(internalName, withVersion(Weaving.classFile(internalName), version),
                    new Hook(gate, named("count"), ReplaceAdvice.I.class),
                    new Hook(gate, named("host"), ReplaceAdvice.WrongType.class),
                    new Hook(gate, named("failing"), ReplaceAdvice.OnThrowable.class),
                    new Hook(gate, named("connect"), SkipAdvice.Blocking.class),
                    new Hook(gate, named("spin"), SkipAdvice.Flag.class),
                    new Hook(gate, named("ports"), SkipValueAdvice.AsObject.class),
                    new Hook(gate, named("lookup"), SkipValueAdvice.AsObject.class));
            assertEquals(List.of(), woven.failures);
            Weaving.verify(woven.bytes);
            if (version == Opcodes.V25 && Runtime.version().feature() < 25) {
                continue;
            }
            GateApi api = (GateApi) woven.define().getConstructor().newInstance();

            assertEquals(20, api.count(1));
            assertEquals("x", api.host("x"));
            assertEquals("replaced", api.failing(""));
            assertThrows(IllegalStateException.class, () -> api.failing("boom"));
            api.connect("blocked");
            api.spin(2);
            assertEquals(1, api.runs(), "connect skipped, spin ran");
            assertArrayEquals(new int[] {9}, api.ports(1), "skipped with a value");
            assertArrayEquals(new int[] {9}, (int[]) api.lookup("key"), "an int[] is an Object: skipped with it");
            assertEquals(1, Errors.seen().size(), "the failed cast");
        }
    }

    /** The class file at another version; below 50 without its stack map frames, as such a compiler wrote it. */
    static byte[] withVersion(byte[] classFile, int version) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int ignored, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(version, access, name, signature, superName, interfaces);
            }
        }, version < Opcodes.V1_6 ? ClassReader.SKIP_FRAMES : 0);
        return writer.toByteArray();
    }
}

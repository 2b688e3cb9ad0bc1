package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.FieldAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules about bytecode: the weaver's own, and the class format of what it writes. */
class WeaverBytecodeTest {

    /**
     * The weaver runs when a JVM makes its first connection, often the first time anything in it needs
     * invokedynamic; bootstrapping that costs tens of milliseconds, so the weaver's own code never uses it.
     */
    @Test
    void theWeaverUsesNoInvokedynamic() throws IOException, URISyntaxException {
        Path classes = Path.of(Weaver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/reuseagent/weave");
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                ClassNode node = new ClassNode();
                new ClassReader(Files.readAllBytes(file)).accept(node, 0);
                for (MethodNode method : node.methods) {
                    method.instructions.forEach(instruction -> {
                        if (instruction instanceof org.objectweb.asm.tree.InvokeDynamicInsnNode) {
                            offenders.add(node.name + "#" + method.name);
                        }
                    });
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "found the weaver's classes");
        assertEquals(List.of(), offenders);
    }

    /** No field, method, interface or attribute is added: what lets loaded classes be retransformed. */
    @Test
    void wovenClassesKeepTheirClassFormat() {
        String shapes = Shapes.class.getName();
        Weaving.Woven woven = Weaving.weave(Shapes.class, new Hook(shapes, named("add"), EnterExitAdvice.class),
                new Hook(shapes, named("nothing"), FieldAdvice.class),
                new Hook(shapes, Methods.isConstructor(), dev.reuseagent.weave.fixture.NormalExitAdvice.class));
        ClassNode before = new ClassNode();
        new ClassReader(woven.original).accept(before, ClassReader.SKIP_CODE);
        ClassNode after = new ClassNode();
        new ClassReader(woven.bytes).accept(after, ClassReader.SKIP_CODE);

        assertEquals(before.version, after.version);
        assertEquals(before.access, after.access);
        assertEquals(before.superName, after.superName);
        assertEquals(before.interfaces, after.interfaces);
        assertEquals(describeFields(before.fields), describeFields(after.fields));
        assertEquals(describeMethods(before.methods), describeMethods(after.methods));
        assertEquals(before.innerClasses.size(), after.innerClasses.size());
        assertEquals(before.sourceFile, after.sourceFile);
        assertEquals(before.nestHostClass, after.nestHostClass);
    }

    private static List<String> describeFields(List<FieldNode> fields) {
        return fields.stream().map(field -> field.access + " " + field.name + field.desc).toList();
    }

    private static List<String> describeMethods(List<MethodNode> methods) {
        return methods.stream().map(method -> method.access + " " + method.name + method.desc + " "
                + method.exceptions).toList();
    }

}

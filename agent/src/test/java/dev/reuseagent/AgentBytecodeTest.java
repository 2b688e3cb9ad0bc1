package dev.reuseagent;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent's code runs in every JVM at start and on the first request through each client, often the first time
 * anything in that JVM needs invokedynamic; bootstrapping it (a lambda, a method reference, a {@code +} on
 * strings) costs tens of milliseconds of a cold start. So the agent's own bytecode has none, except what records
 * generate for equals/hashCode/toString, which the agent never calls on its hot or start paths.
 */
class AgentBytecodeTest {

    private static final String RECORD_METHODS = "java/lang/runtime/ObjectMethods";

    @Test
    void theAgentUsesNoInvokedynamic() throws IOException, URISyntaxException {
        Path classes = Path.of(ReuseAgent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                ClassNode node = new ClassNode();
                new ClassReader(Files.readAllBytes(file)).accept(node, 0);
                for (MethodNode method : node.methods) {
                    for (AbstractInsnNode instruction : method.instructions) {
                        if (instruction instanceof InvokeDynamicInsnNode
                                && !((InvokeDynamicInsnNode) instruction).bsm.getOwner().equals(RECORD_METHODS)) {
                            offenders.add(node.name + "#" + method.name);
                        }
                    }
                }
                checked++;
            }
        }
        assertTrue(checked > 150, "found the agent's classes: " + checked);
        assertEquals(List.of(), offenders);
    }
}

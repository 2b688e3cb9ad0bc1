package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.EnterExitAdvice;
import dev.reuseagent.weave.fixture.FieldAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

import java.util.List;

import static dev.reuseagent.weave.Methods.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The class format of what the weaver writes (the agent's own bytecode rules: AgentBytecodeTest). */
class WeaverBytecodeTest {

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

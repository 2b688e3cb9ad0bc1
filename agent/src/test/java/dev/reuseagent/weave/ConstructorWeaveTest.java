package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Calls;
import dev.reuseagent.weave.fixture.ConstructorAdvice;
import dev.reuseagent.weave.fixture.SeedAdvice;
import dev.reuseagent.weave.fixture.Shapes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import static dev.reuseagent.weave.Methods.isConstructor;
import static dev.reuseagent.weave.Methods.takesArguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Constructors: enter advice before the super call, exit advice after each return, this saved on the way out. */
class ConstructorWeaveTest {

    private static final String SHAPES = Shapes.class.getName();

    @BeforeEach
    void clear() {
        Calls.clear();
    }

    @Test
    void constructorAdviceRunsBeforeTheSuperCallAndAfterEveryReturn() throws Exception {
        Weaving.Woven woven = Weaving.weave(Shapes.class, new Hook(SHAPES,
                isConstructor().and(Methods.takesArgument(0, int.class)), ConstructorAdvice.class));
        Weaving.verify(woven.bytes);
        Class<?> type = woven.define();
        type.getField("created").setInt(null, 0);

        Object big = type.getConstructor(int.class, boolean.class).newInstance(150, false);
        Object small = type.getConstructor(int.class, boolean.class).newInstance(5, false);

        assertEquals(List.of(List.of("ctor-enter", 150, 0), List.of("ctor-enter", 150, 0),
                List.of("ctor-exit", big, 150, 1500L, 150, 7L), List.of("ctor-exit", big, 150, 1500L, 150, 150L),
                List.of("ctor-enter", 5, 1), List.of("ctor-enter", 5, 1), List.of("ctor-exit", small, 5, 50L, 5, 7L),
                List.of("ctor-exit", small, 5, 50L, 5, -5L)), Calls.all());
        Calls.clear();
        Throwable failed = assertThrows(InvocationTargetException.class,
                () -> type.getConstructor(int.class, boolean.class).newInstance(1, true)).getCause();
        assertEquals("constructor failed", failed.getMessage());
        assertEquals(List.of("ctor-enter", "ctor-enter", "ctor-exit"), Calls.events(),
                "exit advice runs on normal returns only");
    }

    @Test
    void aBranchBeforeTheSuperCallKeepsItsUninitializedThisFrame() throws Exception {
        Weaving.Woven woven = Weaving.weave(Shapes.class, new Hook(SHAPES, isConstructor().and(takesArguments(
                long.class)), SeedAdvice.class));
        Weaving.verify(woven.bytes);

        Object shapes = woven.define().getConstructor(long.class).newInstance(500L);

        assertEquals(List.of(List.of("seed-enter", 500L), List.of("seed-exit", shapes, "seed 500", 500L)),
                Calls.all());
        assertEquals("big", shapes.getClass().getMethod("name").invoke(shapes));
    }
}

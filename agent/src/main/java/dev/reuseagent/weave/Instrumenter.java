package dev.reuseagent.weave;

import dev.reuseagent.track.AgentCounters;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.utility.JavaModule;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * Weaves the advice of every {@link Target} into its class, now for classes already loaded (retransformation)
 * and later for classes loaded afterwards. Only exact class names are matched, so no other class of the
 * application is ever rewritten.
 */
public final class Instrumenter {

    private final ClassFileLocator adviceLocator;
    private final Consumer<String> warn;
    private final Set<String> transformed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /**
     * @param adviceLocator where the advice classes' bytes are read from (the agent jar)
     * @param warn          where installation problems are reported, one line each
     */
    public Instrumenter(ClassFileLocator adviceLocator, Consumer<String> warn) {
        this.adviceLocator = adviceLocator;
        this.warn = warn;
    }

    public void install(Instrumentation instrumentation, List<Target> targets) throws NoSuchMethodException {
        Advice.WithCustomMapping mapping = Advice.withCustomMapping();
        // Errors inside advice are counted by the boundary instead of being printed or thrown.
        Advice.ExceptionHandler countErrors = new Advice.ExceptionHandler.Simple(MethodInvocation.invoke(
                new MethodDescription.ForLoadedMethod(AgentCounters.class.getMethod("adviceError", Throwable.class))));

        // Each advice class is read and parsed once, not once per transformed class.
        Map<String, List<AsmVisitorWrapper>> byType = new LinkedHashMap<>();
        for (Target target : targets) {
            byType.computeIfAbsent(target.typeName, k -> new ArrayList<>()).add(
                    mapping.to(target.advice, adviceLocator).withExceptionHandler(countErrors).on(target.methods));
        }

        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.PoolStrategy.Default.FAST)
                // The defaults ignore the JDK's own classes; the agent targets exactly those, so it replaces the
                // rule and ignores only itself. Type matching below is by exact name.
                .ignore(nameStartsWith("dev.reuseagent."))
                .with(new Listener());

        for (Map.Entry<String, List<AsmVisitorWrapper>> entry : byType.entrySet()) {
            List<AsmVisitorWrapper> visitors = entry.getValue();
            builder = builder.type(named(entry.getKey())).transform(
                    (DynamicType.Builder<?> b, TypeDescription type, ClassLoader loader, JavaModule module,
                            java.security.ProtectionDomain domain) -> {
                        DynamicType.Builder<?> result = b;
                        for (AsmVisitorWrapper visitor : visitors) {
                            result = result.visit(visitor);
                        }
                        return result;
                    });
        }
        builder.installOn(instrumentation);
    }

    /** Whether the named class has been rewritten (it may simply not be loaded yet). */
    public boolean isTransformed(String typeName) {
        return transformed.contains(typeName);
    }

    public Map<String, String> failures() {
        return failures;
    }

    private final class Listener extends AgentBuilder.Listener.Adapter {
        @Override
        public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded,
                DynamicType dynamicType) {
            transformed.add(type.getName());
        }

        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded,
                Throwable throwable) {
            failures.put(typeName, String.valueOf(throwable));
            warn.accept("could not instrument " + typeName + ": " + throwable);
        }
    }
}

package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Errors;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent of the child JVMs {@link WeavingAgentTest} starts. The weaver, ASM and the fixture advice sit on the
 * bootstrap class path as in production; this class and the program are on the class path. It names no network
 * class, so loading and verifying it loads none: {@code idle} lists what a JVM that makes no network call loaded,
 * {@code connect} runs {@link ChildConnections}.
 */
public final class ChildAgent {

    private static Instrumentation instrumentation;
    private static Weaver weaver;

    private ChildAgent() {
    }

    public static void premain(String arguments, Instrumentation inst) throws NoSuchMethodException {
        instrumentation = inst;
        // No lambda: the idle JVM should load only what the agent itself would.
        Map<String, List<Hook>> hooks = new HashMap<>();
        for (Hook hook : JdkHooks.all()) {
            List<Hook> ofClass = hooks.get(hook.internalName());
            if (ofClass == null) {
                ofClass = new ArrayList<>();
                hooks.put(hook.internalName(), ofClass);
            }
            ofClass.add(hook);
        }
        HookLookup lookup = new HookLookup() {
            @Override
            public List<Hook> hooksFor(String internalName) {
                return hooks.get(internalName);
            }
        };
        weaver = new Weaver(lookup, Errors.class.getMethod("adviceError", Throwable.class), new WeaveListener() {
            @Override
            public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methods,
                    List<Hook> nothing) {
                System.out.println("woven " + className + " " + methods.values() + " nothing=" + nothing.size());
            }

            @Override
            public void failed(String className, ClassLoader loader, String reason) {
                System.out.println("failed " + className + " " + reason);
            }
        });
        inst.addTransformer(weaver, true);
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("connect")) {
            ChildConnections.run(weaver, instrumentation);
            return;
        }
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            String name = type.getName();
            if (name.startsWith("org.objectweb.asm.") || name.startsWith("dev.reuseagent.")
                    || name.equals("java.net.Socket") || name.equals("sun.nio.ch.SocketChannelImpl")) {
                System.out.println("loaded " + name);
            }
        }
    }
}

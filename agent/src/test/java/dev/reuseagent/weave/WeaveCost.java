package dev.reuseagent.weave;

import dev.reuseagent.weave.fixture.Errors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints what weaving costs in a fresh JVM: the first (cold) weave of java.net.Socket and
 * sun.nio.ch.SocketChannelImpl, the size the woven code adds, and, warm, weaving against rewriting every method
 * (what copying the unmatched methods saves). Not a test: run it by hand, e.g. with {@code -Xlog:class+load} to
 * count the classes loaded between the "cold weave" markers; with the argument {@code cold} it stops after the
 * cold figures (for {@code -Xint} runs). It makes no network call.
 */
public final class WeaveCost {

    private WeaveCost() {
    }

    public static void main(String[] args) throws Exception {
        String[] names = {"java/net/Socket", "sun/nio/ch/SocketChannelImpl"};
        byte[][] originals = {JdkClassesWeaveTest.jdkClassFile(names[0]), JdkClassesWeaveTest.jdkClassFile(names[1])};
        List<Hook> socket = JdkHooks.of(JdkHooks.SOCKET);
        List<Hook> channel = JdkHooks.of(JdkHooks.CHANNEL);
        HookLookup lookup = new HookLookup() {
            @Override
            public List<Hook> hooksFor(String internalName) {
                return internalName.equals(names[0]) ? socket : internalName.equals(names[1]) ? channel : null;
            }
        };
        Weaver weaver = new Weaver(lookup, Errors.class.getMethod("adviceError", Throwable.class), new Silent());

        System.out.println("=== cold weave begins");
        System.out.flush();
        long start = System.nanoTime();
        byte[] wovenSocket = weaver.transform(null, names[0], null, null, originals[0]);
        long socketDone = System.nanoTime();
        byte[] wovenChannel = weaver.transform(null, names[1], null, null, originals[1]);
        long channelDone = System.nanoTime();
        System.out.println("=== cold weave ends");

        System.out.printf("cold: Socket %.2f ms (the first weave: loads ASM, parses the advice), "
                + "SocketChannelImpl %.2f ms%n", (socketDone - start) / 1e6, (channelDone - socketDone) / 1e6);
        System.out.printf("Socket: %d -> %d bytes (+%d); SocketChannelImpl: %d -> %d bytes (+%d)%n",
                originals[0].length, wovenSocket.length, wovenSocket.length - originals[0].length,
                originals[1].length, wovenChannel.length, wovenChannel.length - originals[1].length);

        if (args.length > 0 && args[0].equals("cold")) {
            return;
        }
        int rounds = 2000;
        for (int warm = 0; warm < 2; warm++) {
            long weave = 0;
            long rewrite = 0;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                weaver.transform(null, names[1], null, null, originals[1]);
                long t1 = System.nanoTime();
                rewriteEveryMethod(originals[1]);
                long t2 = System.nanoTime();
                weave += t1 - t0;
                rewrite += t2 - t1;
            }
            if (warm == 1) {
                System.out.printf("warm SocketChannelImpl: weave %.1f us, rewriting every method instead %.1f us%n",
                        weave / 1e3 / rounds, rewrite / 1e3 / rounds);
            }
        }
    }

    /** What the weaver would cost if it did not let ASM copy the unmatched methods. */
    private static byte[] rewriteEveryMethod(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    private static final class Silent implements WeaveListener {
        private final List<String> failures = new ArrayList<>();

        @Override
        public void woven(String className, ClassLoader loader, Map<Hook, List<String>> methods, List<Hook> nothing) {
        }

        @Override
        public void failed(String className, ClassLoader loader, String reason) {
            failures.add(reason);
            System.out.println("FAILED " + className + ": " + reason);
        }
    }
}

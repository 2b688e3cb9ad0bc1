package dev.reuseagent.weave;

import java.util.concurrent.ConcurrentHashMap;

/** Each advice class parsed once, however many classes and methods it is woven into. */
final class AdviceCache {

    private final ConcurrentHashMap<Class<?>, ParsedAdvice> parsed = new ConcurrentHashMap<>();

    ParsedAdvice get(Class<?> adviceClass) throws WeaveException {
        ParsedAdvice advice = parsed.get(adviceClass);
        if (advice == null) {
            // Not computeIfAbsent: reading the advice may load a class that is itself woven, re-entering here.
            advice = AdviceReader.read(adviceClass);
            ParsedAdvice raced = parsed.putIfAbsent(adviceClass, advice);
            if (raced != null) {
                advice = raced;
            }
        }
        return advice;
    }
}

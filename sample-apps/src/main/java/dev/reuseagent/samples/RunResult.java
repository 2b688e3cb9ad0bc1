package dev.reuseagent.samples;

/** How many requests of a run got a 2xx status ({@code ok}) and how many did not ({@code failed}). */
public record RunResult(int ok, int failed) {

    public boolean allOk() {
        return failed == 0;
    }
}

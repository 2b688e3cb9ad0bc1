package dev.reuseagent.samples;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs N GETs of one URL with one pattern on T threads. Each thread does its share sequentially, pausing between
 * its own requests; all threads start together (latch) so {@code --threads} really produces concurrency.
 */
public final class RequestRunner {
    private final RequestPattern pattern;
    private final URL url;
    private final int requests;
    private final int threads;
    private final long pauseMs;

    public RequestRunner(RequestPattern pattern, URL url, int requests, int threads, long pauseMs) {
        this.pattern = pattern;
        this.url = url;
        this.requests = requests;
        this.threads = threads;
        this.pauseMs = pauseMs;
    }

    /** How many of {@code requests} thread number {@code thread} (0-based) does: an even split, remainder first. */
    static int shareOf(int thread, int requests, int threads) {
        return requests / threads + (thread < requests % threads ? 1 : 0);
    }

    public RunResult run() throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = shareOf(t, requests, threads);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < share; i++) {
                    if (i > 0 && !pause()) {
                        return;
                    }
                    if (getOnce()) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }
            }, "sample-worker-" + (t + 1));
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        // Requests not done because a worker was interrupted count as failed.
        int missing = requests - ok.get() - failed.get();
        return new RunResult(ok.get(), failed.get() + missing);
    }

    private boolean getOnce() {
        try {
            int status = pattern.get(url);
            if (status >= 200 && status < 300) {
                return true;
            }
            System.err.println("sample: GET " + url + " returned HTTP " + status + " on " + Thread.currentThread().getName());
        } catch (Exception e) {
            System.err.println("sample: GET " + url + " failed on " + Thread.currentThread().getName() + ":");
            e.printStackTrace();
        }
        return false;
    }

    private boolean pause() {
        if (pauseMs <= 0) {
            return true;
        }
        try {
            Thread.sleep(pauseMs);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

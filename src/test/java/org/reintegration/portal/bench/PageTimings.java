package org.reintegration.portal.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How the design-scale benchmark times a page or an export and prints it:
 * {@code page <name>: median <ms> ms, slowest <ms> ms[, memory <MB> MB]}.
 */
final class PageTimings {

    /**
     * The pages to measure, by a part of their printed name, comma-separated ({@code -Dbench.pages="programme
     * CSV"}); every page when unset. The data is generated in full either way.
     */
    private static final List<String> PAGES = Arrays.stream(
                    System.getProperty("bench.pages", "").split(","))
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .toList();

    private PageTimings() {}

    /** Whether the page is one of those asked for. */
    static boolean selected(String name) {
        return PAGES.isEmpty() || PAGES.stream().anyMatch(name::contains);
    }

    /** Median and slowest of {@code runs} runs after a warm-up; 3 runs when the first takes over 2 s. */
    static void measure(String name, int runs, Runnable step) {
        long first = time(step);
        runs = first > 2_000 ? 3 : runs;
        if (first <= 2_000) {
            time(step);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(step) / 1.0;
        }
        Arrays.sort(millis);
        System.out.printf("page %s: median %.0f ms, slowest %.0f ms%n", name, millis[runs / 2], millis[runs - 1]);
    }

    interface Export {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Like {@link #measure}, plus the heap the export holds while it writes: in one further run, a full collection
     * every 50 ms and the heap still in use right after it, above what was in use before the export began. Garbage
     * the export leaves behind is not counted (it says nothing about growth with the data); what it keeps is.
     */
    static void export(String name, Export export) {
        Runnable step = () -> {
            try (OutputStream out = new Discard()) {
                export.write(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        long first = time(step);
        int runs = first > 2_000 ? 3 : 5;
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = time(step);
        }
        Arrays.sort(millis);
        System.out.printf(
                "page %s: median %.0f ms, slowest %.0f ms, memory %d MB%n",
                name, millis[runs / 2], millis[runs - 1], liveHeapWhile(step) / (1024 * 1024));
    }

    private static long liveHeapWhile(Runnable step) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong most = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                most.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        step.run();
        sampler.interrupt();
        return Math.max(0, most.get() - before);
    }

    static long time(Runnable step) {
        long start = System.nanoTime();
        step.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Counts and drops what an export writes, as a network would take it. */
    private static final class Discard extends OutputStream {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}

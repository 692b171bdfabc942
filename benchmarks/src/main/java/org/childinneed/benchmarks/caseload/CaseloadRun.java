package org.childinneed.benchmarks.caseload;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.childinneed.model.compliance.Policy;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseSource;
import org.childinneed.policies.caseload.CaseloadListener;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckCases;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.report.ReportWriters;
import org.childinneed.policies.sources.CaseFiles;

/**
 * A timed caseload run, end to end as a nightly job does it (outside JMH: the unit is a whole run
 * of thousands of files, not a method call): case files on disk read, evaluated with Kent and
 * written as ndjson, on one thread and on all cores; then caseloads of 1,000 to 1,000,000 generated
 * case files (their text made up in memory and read by the same reader) for the heap left in use
 * after each garbage collection. The case files are the four Kent examples (10 to 25 events each),
 * copied with fresh case ids. Prints the rates and the ratios that benchmarks/README.md publishes.
 *
 * <pre>java -Xmx256m -cp benchmarks/target/benchmarks.jar org.childinneed.benchmarks.caseload.CaseloadRun [FILES] [--skip-million]</pre>
 */
public final class CaseloadRun {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private CaseloadRun() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 20_000;
        boolean million = !List.of(args).contains("--skip-million");
        Policy kent = BundledPolicies.standard().get("kent");
        List<String> templates = templates();
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("cin-caseload-run");
        try {
            Path cases = Files.createDirectories(dir.resolve("cases"));
            for (int i = 0; i < files; i++) {
                Path folder = Files.createDirectories(cases.resolve(String.format(Locale.ROOT, "%03d", i / 1000)));
                Files.writeString(folder.resolve(i + ".json"), text(templates, i), StandardCharsets.UTF_8);
            }
            timed(kent, cases, dir.resolve("warm-up.ndjson"), cores);
            double[] one = timed(kent, cases, dir.resolve("one.ndjson"), 1);
            double[] all = timed(kent, cases, dir.resolve("all.ndjson"), cores);
            System.out.printf(Locale.ROOT, "files on disk: %d; one thread %.0f cases/s (%.0f per CPU-second); %d threads"
                    + " %.0f cases/s (%.0f per CPU-second); speed-up %.2fx; CPU cost of running in parallel %.2fx"
                    + " (target: at least 5,000 case files/s on 2 cores)%n", files, one[0], one[1], cores, all[0], all[1],
                    all[0] / one[0], one[1] / all[1]);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        HeapWatch heap = HeapWatch.start();
        List<Long> sizes = new ArrayList<>(List.of(1_000L, 10_000L, 100_000L));
        if (million) {
            sizes.add(1_000_000L);
        }
        long first = -1;
        for (long size : sizes) {
            heap.reset();
            long start = System.nanoTime();
            CaseloadOutcome outcome = new CheckCases(kent, AS_OF, cores).run(generated(templates, size),
                    ReportWriters.named("ndjson", Writer.nullWriter()), CaseloadListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long inUse = heap.maxAfterCollection();
            first = first < 0 ? inUse : first;
            System.out.printf(Locale.ROOT, "generated %,d: %.0f cases/s, heap in use after collections at most %.1f MiB"
                    + " (%.2fx the 1,000-case run)%n", outcome.checked(), size / seconds, inUse / 1048576.0,
                    (double) inUse / first);
        }
    }

    /**
     * Cases per second of checking the folder {@code cases} into {@code out} on {@code jobs} threads,
     * and cases per second of the process's CPU time (which other processes on a shared machine do not take).
     */
    private static double[] timed(Policy policy, Path cases, Path out, int jobs) throws IOException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        CaseloadOutcome outcome;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            outcome = new CheckCases(policy, AS_OF, jobs).run(CaseFiles.of(List.of(cases)),
                    ReportWriters.named("ndjson", writer), CaseloadListener.NONE);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        return new double[] {outcome.checked() / wall, outcome.checked() / cpuSeconds};
    }

    private static CaseSource generated(List<String> templates, long count) {
        return new CaseSource() {
            @Override
            public Stream<PendingCase> cases() {
                return LongStream.range(0, count).mapToObj(i -> {
                    String name = "generated/" + i + ".json";
                    return PendingCase.of(CaseOrigin.file(name), () -> CaseFileReader.parse(name, text(templates, i)));
                });
            }

            @Override
            public OptionalLong size() {
                return OptionalLong.of(count);
            }
        };
    }

    private static String text(List<String> templates, long i) {
        String template = templates.get((int) (i % templates.size()));
        return template.replaceFirst("\"case\"\\s*:\\s*\"([^\"]+)\"", "\"case\": \"$1-" + i + "\"");
    }

    /** The Kent example case files, from the repository or the working directory's parent. */
    private static List<String> templates() throws IOException {
        for (Path root : List.of(Path.of("examples", "kent"), Path.of("..", "examples", "kent"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> list = Files.list(root)) {
                    List<String> texts = new ArrayList<>();
                    for (Path file : list.sorted().toList()) {
                        texts.add(Files.readString(file));
                    }
                    return texts;
                }
            }
        }
        throw new IOException("run from the repository: examples/kent holds the case files copied");
    }

    /** The largest heap in use just after a garbage collection, heard from the collectors' notifications. */
    private static final class HeapWatch {
        private final AtomicLong max = new AtomicLong();

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                        watch.max.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
            return watch;
        }

        void reset() {
            System.gc();
            max.set(0);
        }

        long maxAfterCollection() {
            return max.get();
        }
    }
}

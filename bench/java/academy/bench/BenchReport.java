package academy.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes {@code report.md} from what a run left in its folder: Gatling's statistics table (its
 * {@code index.html}), the raw upsert baseline, the phases' times, the CPU and memory samples of
 * the application, the database server, the machine and the load generator, and the application's
 * collector pauses ({@code gc.log}). Usage: {@code BenchReport <folder>}.
 */
public final class BenchReport {

    /** Goals from the design's non-functional goals. */
    static final double AUTOSAVE_P99_MS = 200;
    static final double PAGE_P99_MS = 500;
    static final double THROUGHPUT_RATIO = 0.30;
    static final double STATIC_RATIO = 3;
    static final double COLD_START_MS = 8000;
    static final double RSS_MIB = 1024;

    /** One line of Gatling's statistics table. */
    record Row(String name, long total, long ok, long ko, double p50, double p95, double p99, double max) {
    }

    /** A phase's clock, from {@code phases.csv}. */
    record Window(String label, long start, long steady, long end) {
    }

    /** A sample of a process: when, resident memory in KiB, CPU seconds so far. */
    record Sample(long at, long rssKb, double cpuSeconds) {
    }

    /** A pause of the application's garbage collector: when it ended, how long, which. */
    record Pause(long at, double ms, String kind) {
    }

    /** A moment in which requests could only wait: a long collector pause, or a second of the machine's standstill. */
    record Stall(long at, String what) {
    }

    /** Sampler seconds that count as a stall: all tasks waiting on I/O, CPU taken by the host, a late sample. */
    static final double IO_FULL_STALL_MS = 100;
    static final double STOLEN_CORES = 0.25;
    static final long LATE_SAMPLE_MS = 1200;
    static final double LONG_PAUSE_MS = 50;
    private static final int MOMENTS_LISTED = 40;
    /** A pause line of {@code -Xlog:gc:...:utctime}: "[time] GC(12) Pause Young (Normal) (…) 60M->20M(512M) 3.456ms". */
    private static final Pattern PAUSE = Pattern.compile("^\\[([^\\]]+)\\] GC\\(\\d+\\) (Pause .+?) \\S+->\\S+ (\\d+(?:\\.\\d+)?)ms$");
    private static final DateTimeFormatter GC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String[]> errors = new ArrayList<>();
    private final Map<String, Window> windows = new LinkedHashMap<>();
    private final List<Sample> app = new ArrayList<>();
    private final List<Sample> loadgen = new ArrayList<>();
    /** Machine-wide samples, CPU seconds so far (or, for {@code ioFull}, seconds in which every task waited on I/O). */
    private final List<Sample> database = new ArrayList<>();
    private final List<Sample> busy = new ArrayList<>();
    private final List<Sample> iowait = new ArrayList<>();
    private final List<Sample> stolen = new ArrayList<>();
    private final List<Sample> ioFull = new ArrayList<>();
    private final List<Pause> pauses = new ArrayList<>();
    private final Properties settings;
    private final Properties appInfo;
    private final Properties baseline;
    private final Path gatlingRun;

    BenchReport(Path folder) throws IOException {
        this.folder = folder;
        this.settings = properties(folder.resolve("settings.properties"));
        this.appInfo = properties(folder.resolve("app.properties"));
        this.baseline = properties(folder.resolve("jdbc-baseline.properties"));
        try (Stream<Path> runs = Files.list(folder.resolve("gatling"))) {
            this.gatlingRun = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::toString)).orElseThrow();
        }
        readStatistics(Jsoup.parse(gatlingRun.resolve("index.html").toFile(), "UTF-8"));
        for (String[] line : csv(folder.resolve("phases.csv"))) {
            windows.put(line[0], new Window(line[0], Long.parseLong(line[1]), Long.parseLong(line[2]), Long.parseLong(line[3])));
        }
        double ticks = Double.parseDouble(appInfo.getProperty("clockTicks", "100"));
        for (String[] line : csv(folder.resolve("app-proc.csv"))) {
            long at = Long.parseLong(line[0]);
            app.add(new Sample(at, Long.parseLong(line[1]), Long.parseLong(line[2]) / ticks));
            if (line.length >= 8) {
                database.add(new Sample(at, 0, Long.parseLong(line[3]) / ticks));
                busy.add(new Sample(at, 0, Long.parseLong(line[4]) / ticks));
                iowait.add(new Sample(at, 0, Long.parseLong(line[5]) / ticks));
                stolen.add(new Sample(at, 0, Long.parseLong(line[6]) / ticks));
                ioFull.add(new Sample(at, 0, Long.parseLong(line[7]) / 1e6));
            }
        }
        Path gc = folder.resolve("gc.log");
        if (Files.exists(gc)) {
            for (String line : Files.readAllLines(gc)) {
                Matcher pause = PAUSE.matcher(line.strip());
                if (pause.matches()) {
                    pauses.add(new Pause(GC_TIME.parse(pause.group(1), Instant::from).toEpochMilli(),
                            Double.parseDouble(pause.group(3)), pause.group(2).strip()));
                }
            }
        }
        for (String[] line : csv(folder.resolve("loadgen-cpu.csv"))) {
            loadgen.add(new Sample(Long.parseLong(line[0]), 0, Long.parseLong(line[1]) / 1e9));
        }
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.writeString(folder.resolve("report.md"), new BenchReport(folder).markdown());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("Run of ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                .format(Instant.now())).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores. The application ran on Java ").append(appInfo.getProperty("appJava", "?"))
                .append(" with JVM options `").append(appInfo.getProperty("appOptions", "")).append("` and class archive: ")
                .append(appInfo.getProperty("archive", "none")).append("; database pool ").append(settings.getProperty("poolSize"))
                .append(" connections. Gatling's own report: `").append(folder.relativize(gatlingRun)).append("/index.html`.\n\n");
        if (Boolean.parseBoolean(settings.getProperty("smoke", "false"))) {
            md.append("**Smoke run**: light load, figures are not measurements.\n\n");
        }
        goals(md);
        steps(md);
        baselines(md);
        burst(md);
        phases(md);
        moments(md);
        errors(md);
        md.append("\n## Settings\n\n```\n");
        settings.stringPropertyNames().stream().sorted().forEach(name -> md.append(name).append('=')
                .append(settings.getProperty(name)).append('\n'));
        md.append("```\n");
        return md.toString();
    }

    private void goals(StringBuilder md) {
        md.append("## Goals\n\n| goal | measured | target | met |\n| --- | --- | --- | --- |\n");
        double saturation = autosavesPerSecondAtSaturation();
        double raw = Double.parseDouble(baseline.getProperty("perSecond", "0"));
        double ratio = raw == 0 ? 0 : saturation / raw;
        md.append(String.format(Locale.ROOT, "| autosave throughput at saturation ÷ raw JDBC upsert | %.0f/s ÷ %.0f/s = **%.2f** | ≥ %.2f | %s |%n",
                saturation, raw, ratio, THROUGHPUT_RATIO, yes(ratio >= THROUGHPUT_RATIO)));
        Integer largest = largestHoldingStep();
        List<String> beyond = stepsHoldingAbove(largest);
        md.append("| largest N with autosave p99 ≤ 200 ms, page p99 ≤ 500 ms, no errors, every smaller step too | **")
                .append(largest == null ? "none" : largest).append("**")
                .append(beyond.isEmpty() ? "" : " (held again at " + String.join(", ", beyond) + ")")
                .append(" | ≥ 1,000 | ").append(yes(largest != null && largest >= 1000)).append(" |\n");
        Row page = atRate("course page");
        Row file = atRate("static file");
        if (page != null && file != null) {
            double staticRatio = page.p99() / Math.max(1, file.p99());
            md.append(String.format(Locale.ROOT, "| course page p99 ÷ static file p99 at %s requests/s | %.0f ms ÷ %.0f ms = **%.1f** | ≤ %.0f | %s |%n",
                    settings.getProperty("pageRate"), page.p99(), file.p99(), staticRatio, STATIC_RATIO, yes(staticRatio <= STATIC_RATIO)));
        }
        Row starts = rows.get("burst start");
        if (starts != null) {
            md.append(String.format(Locale.ROOT, "| %d attempt starts within %s s | %d errors, p99 %.0f ms | 0 errors | %s |%n",
                    starts.total(), settings.getProperty("burstWindowSeconds"), starts.ko(), starts.p99(), yes(starts.ko() == 0)));
        }
        double h2 = Double.parseDouble(appInfo.getProperty("coldStartH2Ms", "0"));
        if (h2 > 0) {
            md.append(String.format(Locale.ROOT, "| cold start to first page, embedded default, started as the image starts it (%s) | **%.1f s** | ≤ 8 s | %s |%n",
                    appInfo.getProperty("archive", "none"), h2 / 1000, yes(h2 <= COLD_START_MS)));
            md.append(String.format(Locale.ROOT, "| cold start to first page, embedded default, plain `java -jar` | %.1f s | — | — |%n",
                    Double.parseDouble(appInfo.getProperty("coldStartH2PlainMs", "0")) / 1000));
        }
        md.append(String.format(Locale.ROOT, "| cold start to first page, mysql profile (empty database: migrations, content import) | %.1f s | — | — |%n",
                Double.parseDouble(appInfo.getProperty("coldStartMysqlMs", "0")) / 1000));
        double rss = app.stream().mapToLong(Sample::rssKb).max().orElse(0) / 1024.0;
        md.append(String.format(Locale.ROOT, "| resident memory of the application, highest under load | **%.0f MiB** | ≤ 1,024 MiB | %s |%n%n",
                rss, yes(rss <= RSS_MIB)));
    }

    private void steps(StringBuilder md) {
        md.append("## Exam takers\n\nEach step: N takers sign in over the ramp (at ")
                .append(settings.getProperty("signInsPerSecond")).append("/s), open the exam, save an answer every 5 s, "
                        + "move to another question every 30–90 s, ask the attempt's state every 30 s and submit at the "
                        + "end; beside them ").append(settings.getProperty("readersPerHundred"))
                .append(" course readers per 100 takers read a module every 10–30 s. Figures are for the steady ")
                .append(settings.getProperty("steadySeconds")).append(" s after the ramp; *errors* count every failed "
                        + "request of the step, ramp included. *Pages* are every HTML page (exam list and start, "
                        + "questions, summary, result, course and modules). What the takers do once the steady time is "
                        + "over (the end table below) is not in these figures.\n\n");
        md.append("| N | autosave p50 / p95 / p99 (ms) | page p50 / p95 / p99 (ms) | autosaves/s | requests | errors | app CPU (cores) | load generator CPU (cores) | app RSS (MiB) | goals met |\n");
        md.append("| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Window window : steps()) {
            Row autosave = rows.get(window.label() + " autosave");
            Row page = rows.get(window.label() + " page");
            long requests = sum(window.label(), Row::total);
            long failed = sum(window.label(), Row::ko);
            double seconds = (window.end() - window.steady()) / 1000.0;
            md.append("| ").append(takers(window)).append(" | ").append(percentiles(autosave)).append(" | ")
                    .append(percentiles(page)).append(" | ")
                    .append(autosave == null ? "—" : String.format(Locale.ROOT, "%.0f", autosave.ok() / seconds)).append(" | ")
                    .append(requests).append(" | ").append(failed).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f | %.2f | %.0f", cores(app, window.steady(), window.end()),
                            cores(loadgen, window.steady(), window.end()), rssMib(window.start(), window.end())))
                    .append(" | ").append(yes(holds(window.label()))).append(" |\n");
        }
        md.append('\n');
        ends(md);
    }

    /** What happens once a step's steady time is over: every taker opens the summary, submits and reads the result. */
    private void ends(StringBuilder md) {
        StringBuilder table = new StringBuilder();
        for (Window window : steps()) {
            Row submit = rows.get(window.label() + " end submit");
            if (submit == null) {
                continue;
            }
            Row page = rows.get(window.label() + " end page");
            Row autosave = rows.get(window.label() + " end autosave");
            table.append("| ").append(takers(window)).append(" | ").append(submit.total()).append(" | ")
                    .append(percentiles(submit)).append(" | ").append(percentiles(page)).append(" | ")
                    .append(percentiles(autosave)).append(" | ")
                    .append(submit.ko() + (page == null ? 0 : page.ko()) + (autosave == null ? 0 : autosave.ko()))
                    .append(" |\n");
        }
        if (table.isEmpty()) {
            return;
        }
        md.append("### The end of each step: everyone submits\n\nWhen the steady time is over, every taker "
                + "of the step opens the summary, submits and opens the result, all of them within "
                + ExamTakersSimulation.FINISHING.toSeconds() + " s (a session whose attempts end together). "
                + "Its errors count in the step's errors above.\n\n");
        md.append("| N | submits | submit p50 / p95 / p99 (ms) | summary and result p50 / p95 / p99 (ms) | "
                + "autosave p50 / p95 / p99 (ms) | errors |\n| ---: | ---: | --- | --- | --- | ---: |\n");
        md.append(table).append('\n');
    }

    private void baselines(StringBuilder md) {
        md.append("## Against the baselines\n\n");
        double saturation = autosavesPerSecondAtSaturation();
        double raw = Double.parseDouble(baseline.getProperty("perSecond", "0"));
        Row saturated = rows.get("saturation autosave");
        md.append(String.format(Locale.ROOT, "- **Autosave at saturation**: %s signed-in takers saving back to back for %s s, "
                + "after %s s of the same as warm-up: "
                + "%.0f saves/s (%s, %d errors). **Raw JDBC**: %s threads on a pool of %s connections upserting single rows "
                + "into a copy of the answer table for %s s: %.0f upserts/s. Ratio **%.2f**.%n",
                settings.getProperty("saturationUsers"), settings.getProperty("saturationSeconds"),
                settings.getProperty("saturationWarmupSeconds"), saturation,
                saturated == null ? "—" : "p50 / p95 / p99 " + percentiles(saturated) + " ms",
                saturated == null ? 0 : saturated.ko(), baseline.getProperty("threads"), settings.getProperty("poolSize"),
                baseline.getProperty("seconds"), raw, raw == 0 ? 0 : saturation / raw));
        Row page = atRate("course page");
        Row file = atRate("static file");
        if (page != null && file != null) {
            md.append(String.format(Locale.ROOT, "- **Course page** `%s` at %s requests/s for %s s: p50 / p95 / p99 %s ms, "
                    + "%d errors. **Static file** of the same bytes from the same server: %s ms, %d errors. "
                    + "Ratio of the p99s **%.1f**. Each after %s s of warm-up at that rate (climbing to it in the first 15 s), "
                    + "so that neither is measured while the JIT is still compiling it.%n%n",
                    settings.getProperty("module"), settings.getProperty("pageRate"),
                    settings.getProperty("pageSeconds"), percentiles(page), page.ko(), percentiles(file), file.ko(),
                    page.p99() / Math.max(1, file.p99()), settings.getProperty("pageWarmupSeconds")));
        }
    }

    private void burst(StringBuilder md) {
        Row starts = rows.get("burst start");
        Row first = rows.get("burst page");
        if (starts == null) {
            return;
        }
        md.append("## Start burst\n\n").append(starts.total()).append(" signed-in people press *start* at random moments "
                + "within ").append(settings.getProperty("burstWindowSeconds")).append(" s, then open their first question.\n\n");
        md.append("| request | count | errors | p50 / p95 / p99 (ms) | max (ms) |\n| --- | ---: | ---: | --- | ---: |\n");
        for (Row row : Stream.of(starts, first).filter(java.util.Objects::nonNull).toList()) {
            md.append("| ").append(row.name()).append(" | ").append(row.total()).append(" | ").append(row.ko()).append(" | ")
                    .append(percentiles(row)).append(String.format(Locale.ROOT, " | %.0f |%n", row.max()));
        }
        md.append('\n');
    }

    private void phases(StringBuilder md) {
        md.append("## Resources per phase\n\nCPU in cores (1.00 = one core busy) over the whole phase, ramp included: of the "
                + "application, of the database server (when it runs on this machine), of the load generator, and of the "
                + "whole machine (busy, waiting on I/O, and taken by the host: *stolen*); *I/O stall* is the time in which "
                + "every task on the machine waited on I/O at once, in milliseconds per second; the collector's pauses in "
                + "the application; resident memory (RSS) of the application process at its highest.\n\n");
        md.append("| phase | seconds | app CPU | database CPU | load generator CPU | machine busy | I/O wait | stolen "
                + "| I/O stall (ms/s) | GC pauses, longest (ms) | app RSS (MiB) |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Window window : windows.values()) {
            if (window.start() == 0) {
                continue;
            }
            long from = window.start();
            long to = window.end();
            List<Pause> within = pauses.stream().filter(pause -> pause.at() >= from && pause.at() <= to).toList();
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %s | %.2f | %s | %s | %s | %s | %s | %.0f |%n",
                    window.label(), (to - from) / 1000.0, cores(app, from, to), machine(database, from, to, "%.2f", 1),
                    cores(loadgen, from, to), machine(busy, from, to, "%.2f", 1), machine(iowait, from, to, "%.2f", 1),
                    machine(stolen, from, to, "%.2f", 1), machine(ioFull, from, to, "%.0f", 1000),
                    within.isEmpty() ? (pauses.isEmpty() ? "—" : "0") : String.format(Locale.ROOT, "%d, %.0f", within.size(),
                            within.stream().mapToDouble(Pause::ms).max().orElse(0)),
                    rssMib(from, to)));
        }
        md.append('\n');
    }

    /** A machine-wide rate over a window, or a dash when the run did not record it. */
    private static String machine(List<Sample> samples, long from, long to, String format, double scale) {
        return samples.isEmpty() ? "—" : String.format(Locale.ROOT, format, cores(samples, from, to) * scale);
    }

    /**
     * The moments in which requests could only wait: a long pause of the application's collector, or a
     * second in which the machine itself held everything up (all tasks waiting on I/O, CPU taken by the
     * host, or the sampler's own second running late). A step that misses its goal because of one of
     * these says so here rather than by a guess.
     */
    private void moments(StringBuilder md) {
        if (pauses.isEmpty() && busy.isEmpty()) {
            return;
        }
        List<Stall> stalls = new ArrayList<>();
        pauses.stream().filter(pause -> pause.ms() >= LONG_PAUSE_MS)
                .forEach(pause -> stalls.add(new Stall(pause.at(), String.format(Locale.ROOT, "collector: %s, %.0f ms", pause.kind(), pause.ms()))));
        for (int i = 1; i < busy.size(); i++) {
            long before = busy.get(i - 1).at();
            long at = busy.get(i).at();
            long span = at - before;
            List<String> what = new ArrayList<>();
            double waited = (ioFull.get(i).cpuSeconds() - ioFull.get(i - 1).cpuSeconds()) * 1000;
            if (waited >= IO_FULL_STALL_MS) {
                what.add(String.format(Locale.ROOT, "every task waited on I/O for %.0f ms", waited));
            }
            double taken = cores(stolen, before, at);
            if (taken >= STOLEN_CORES) {
                what.add(String.format(Locale.ROOT, "the host took %.2f cores", taken));
            }
            if (span >= LATE_SAMPLE_MS) {
                what.add(String.format(Locale.ROOT, "the one-second sample took %d ms", span));
            }
            if (!what.isEmpty()) {
                stalls.add(new Stall(at, "machine: " + String.join("; ", what) + String.format(Locale.ROOT,
                        " (application %.2f cores, database %.2f)", cores(app, before, at), cores(database, before, at))));
            }
        }
        stalls.sort(Comparator.comparingLong(Stall::at));
        md.append("## Moments the server stood still\n\nCollector pauses of ").append(Math.round(LONG_PAUSE_MS))
                .append(" ms or more, and seconds in which every task on the machine waited on I/O for ")
                .append(Math.round(IO_FULL_STALL_MS)).append(" ms or more, the host took ").append(STOLEN_CORES)
                .append(" cores or more, or the one-second sample came ").append(LATE_SAMPLE_MS - 1000)
                .append(" ms late or more. Requests in flight then wait whatever the application does.\n\n");
        if (stalls.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| time (UTC) | phase | what |\n| --- | --- | --- |\n");
        stalls.stream().limit(MOMENTS_LISTED).forEach(stall -> md.append("| ").append(CLOCK.format(Instant.ofEpochMilli(stall.at())))
                .append(" | ").append(phaseAt(stall.at())).append(" | ").append(stall.what()).append(" |\n"));
        if (stalls.size() > MOMENTS_LISTED) {
            md.append("\n").append(stalls.size() - MOMENTS_LISTED).append(" more not listed.\n");
        }
        md.append('\n');
    }

    /** The phase a moment falls in, and whether in its measured part. */
    private String phaseAt(long at) {
        for (Window window : windows.values()) {
            if (window.start() != 0 && at >= window.start() && at <= window.end()) {
                return window.label() + (at >= window.steady() ? "" : " (ramp or warm-up)");
            }
        }
        return "between phases";
    }

    private void errors(StringBuilder md) {
        md.append("## Errors\n\n");
        if (errors.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| error | count |\n| --- | ---: |\n");
        errors.forEach(error -> md.append("| ").append(error[0].replace("|", "\\|")).append(" | ").append(error[1]).append(" |\n"));
        md.append("\nEvery request name with failures:\n\n");
        rows.values().stream().filter(row -> row.ko() > 0)
                .forEach(row -> md.append("- ").append(row.name()).append(": ").append(row.ko()).append(" of ").append(row.total()).append('\n'));
    }

    // ---- figures

    private double autosavesPerSecondAtSaturation() {
        Row row = rows.get("saturation autosave");
        Window window = windows.get("saturation");
        if (row == null || window == null) {
            return 0;
        }
        return row.ok() * 1000.0 / (window.end() - window.steady());
    }

    /** The largest step that held its goals with every smaller step holding too; {@code null} if the first missed. */
    private Integer largestHoldingStep() {
        Integer largest = null;
        for (Window window : steps()) {
            if (!holds(window.label())) {
                break;
            }
            largest = takers(window);
        }
        return largest;
    }

    /** Larger steps that held after a smaller one missed: a run that missed on the way says so. */
    private List<String> stepsHoldingAbove(Integer largest) {
        return steps().stream().filter(window -> largest == null || takers(window) > largest)
                .filter(window -> holds(window.label())).map(window -> "N = " + takers(window)).toList();
    }

    /** The taker steps, smallest first. */
    private List<Window> steps() {
        return windows.values().stream().filter(window -> window.label().startsWith("N="))
                .sorted(Comparator.comparingInt(BenchReport::takers)).toList();
    }

    /** The number of takers of a step ("N=1000"). */
    private static int takers(Window window) {
        return Integer.parseInt(window.label().substring(2));
    }

    private boolean holds(String label) {
        Row autosave = rows.get(label + " autosave");
        Row page = rows.get(label + " page");
        return autosave != null && page != null && autosave.p99() <= AUTOSAVE_P99_MS && page.p99() <= PAGE_P99_MS
                && sum(label, Row::ko) == 0;
    }

    private long sum(String label, java.util.function.ToLongFunction<Row> figure) {
        Predicate<Row> ofStep = row -> row.name().startsWith(label + " ");
        return rows.values().stream().filter(ofStep).mapToLong(figure).sum();
    }

    /** The measured part of a fixed-rate phase, its warm-up left out. */
    private Row atRate(String what) {
        return rows.get(what + " " + settings.getProperty("pageRate") + "/s");
    }

    private static double cores(List<Sample> samples, long from, long to) {
        Sample first = null;
        Sample last = null;
        for (Sample sample : samples) {
            if (sample.at() >= from && sample.at() <= to) {
                first = first == null ? sample : first;
                last = sample;
            }
        }
        if (first == null || last == first) {
            return 0;
        }
        return (last.cpuSeconds() - first.cpuSeconds()) * 1000.0 / (last.at() - first.at());
    }

    private double rssMib(long from, long to) {
        return app.stream().filter(sample -> sample.at() >= from && sample.at() <= to).mapToLong(Sample::rssKb).max()
                .orElse(0) / 1024.0;
    }

    private static String percentiles(Row row) {
        return row == null ? "—" : String.format(Locale.ROOT, "%.0f / %.0f / %.0f", row.p50(), row.p95(), row.p99());
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    // ---- reading

    private void readStatistics(Document html) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Element header : html.select("th[id^=col-]")) {
            columns.put(header.text().strip(), header.id());
        }
        for (Element line : html.select("tr[id^=req_]")) {
            String name = line.selectFirst(".ellipsed-name").text();
            rows.put(name, new Row(name, number(line, columns.get("Total")), number(line, columns.get("OK")),
                    number(line, columns.get("KO")), value(line, columns.get("50th pct")), value(line, columns.get("95th pct")),
                    value(line, columns.get("99th pct")), value(line, columns.get("Max"))));
        }
        for (Element line : html.select("table#container_errors tbody tr")) {
            var cells = line.select("td");
            if (cells.size() >= 2) {
                errors.add(new String[] { cells.get(0).ownText().strip(), cells.get(1).text() });
            }
        }
    }

    private static long number(Element line, String column) {
        return Math.round(value(line, column));
    }

    private static double value(Element line, String column) {
        Element cell = line.selectFirst("td." + column);
        if (cell == null) {
            return 0;
        }
        String text = cell.text().replace(",", "").strip();
        return text.isEmpty() || text.equals("-") ? 0 : Double.parseDouble(text);
    }

    private static List<String[]> csv(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                .filter(cells -> cells.length >= 2 && !cells[1].isBlank()).toList();
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            properties.load(new StringReader(Files.readString(file)));
        }
        return properties;
    }
}

package academy.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The benchmark's load, in one Gatling run of chained phases:
 * <ol>
 * <li>warm-up: a few exam takers;
 * <li>course page against a static file of the same size, each at a fixed rate;
 * <li>autosave at saturation: signed-in takers saving back to back;
 * <li>the start burst: many signed-in people press "start" within a few seconds;
 * <li>for each N: N exam takers arriving (open model) who sign in, open the exam, save an answer
 * every 5 s, move to another question every 30–90 s, ask the attempt's state every 30 s and, once
 * the steady time is over, submit within {@link #FINISHING} of each other, beside course readers.
 * </ol>
 * Before the load it seeds the agents and measures the raw upsert baseline; the load generator's
 * own CPU time is sampled all along. Everything goes to {@code bench.out}.
 */
public class ExamTakersSimulation extends Simulation {

    /** The time within which the takers of a step finish once its steady time is over. */
    static final Duration FINISHING = Duration.ofSeconds(30);

    /** The time within which a fixed-rate warm-up climbs to its rate. */
    static final Duration CLIMB = Duration.ofSeconds(15);

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final AtomicInteger agents = new AtomicInteger();
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> readerSessions = new CopyOnWriteArrayList<>();
    private final AtomicLong loadgenCpuStop = new AtomicLong();
    private int agentsNeeded;

    private final HttpProtocolBuilder browser;
    private final HttpProtocolBuilder sharedConnections;

    public ExamTakersSimulation() {
        browser = http.baseUrl(settings.baseUrl()).disableFollowRedirect().disableCaching()
                .acceptHeader("text/html,application/json").acceptLanguageHeader("en")
                .userAgentHeader("academy-bench");
        sharedConnections = http.baseUrl(settings.baseUrl()).disableFollowRedirect().shareConnections()
                .acceptHeader("text/html").acceptLanguageHeader("en").userAgentHeader("academy-bench");

        List<List<PopulationBuilder>> stages = new ArrayList<>();
        if (!settings.warmup().isZero()) {
            stages.add(List.of(takers(Phase.ofTakers("warmup", Duration.ofSeconds(10), settings.warmup()), 20)));
        }
        stages.addAll(pageAgainstStatic());
        stages.add(List.of(saturation()));
        stages.add(List.of(burst()));
        for (int count : settings.takers()) {
            stages.add(step(count));
        }
        List<PopulationBuilder> whole = stages.get(stages.size() - 1);
        for (int i = stages.size() - 2; i >= 0; i--) {
            List<PopulationBuilder> stage = stages.get(i);
            List<PopulationBuilder> chained = new ArrayList<>(stage);
            chained.set(0, stage.get(0).andThen(whole));
            whole = chained;
        }
        var setUp = setUp(whole);
        if (settings.smoke()) {
            setUp.assertions(global().failedRequests().count().is(0L));
        }
    }

    @Override
    public void before() {
        try {
            Files.createDirectories(settings.out());
            Files.writeString(settings.out().resolve("settings.properties"), settings.describe());
            BenchDatabase database = new BenchDatabase(settings);
            database.seedAgents(agentsNeeded);
            BenchDatabase.Baseline baseline = database.rawUpserts();
            Files.writeString(settings.out().resolve("jdbc-baseline.properties"), "threads=" + baseline.threads()
                    + "\nseconds=" + baseline.duration().toSeconds() + "\nupserts=" + baseline.upserts()
                    + "\nperSecond=" + baseline.perSecond() + "\n");
            startCpuSampler(settings.out().resolve("loadgen-cpu.csv"));
        }
        catch (Exception failed) {
            throw new IllegalStateException("benchmark set-up failed", failed);
        }
    }

    @Override
    public void after() {
        loadgenCpuStop.set(1);
        StringBuilder lines = new StringBuilder("phase,startMs,steadyMs,endMs\n");
        phases.forEach(phase -> lines.append(phase.csv()).append('\n'));
        write(settings.out().resolve("phases.csv"), lines.toString());
    }

    // ---- phases

    /** N exam takers beside N/10 course readers, all arriving within the ramp. */
    private List<PopulationBuilder> step(int count) {
        Phase phase = Phase.ofTakers("N=" + count, settings.rampFor(count), settings.steady());
        agentsNeeded += settings.readersBeside(count);
        PopulationBuilder readers = scenario(phase.label() + " readers")
                .exec(arrive(phase)).exec(signIn(phase)).exec(readCourse(phase))
                .injectOpen(rampUsers(settings.readersBeside(count)).during(phase.ramp()))
                .protocols(browser);
        return List.of(takers(phase, count), readers);
    }

    private PopulationBuilder takers(Phase phase, int count) {
        phases.add(phase);
        agentsNeeded += count;
        return scenario(phase.label() + " takers")
                .exec(arrive(phase)).exec(signIn(phase)).exec(takeExam(phase))
                .injectOpen(rampUsers(count).during(phase.ramp())).protocols(browser);
    }

    /**
     * The course page and a static file of its size, each at the same fixed rate with the cookie
     * of a signed-in reader; the first reader saves the page as that static file.
     */
    private List<List<PopulationBuilder>> pageAgainstStatic() {
        Phase phase = new Phase("page-vs-static", Duration.ZERO, settings.pageWarmup().plus(settings.pageDuration()).multipliedBy(2));
        phases.add(phase);
        int readers = 20;
        agentsNeeded += readers;
        Path staticFile = settings.out().resolve("static" + settings.staticPath());
        PopulationBuilder prepare = scenario("page-vs-static sign-in").exec(arrive(phase)).exec(signIn(phase))
                .exec(http("page-vs-static prepare").get(settings.modulePath()).check(status().is(200))
                        .check(bodyBytes().saveAs("page")))
                .exec(getCookieValue(CookieKey("SESSION").saveAs("sid")))
                .exec(session -> {
                    readerSessions.add(session.getString("sid"));
                    if (!Files.exists(staticFile)) {
                        write(staticFile, session.<byte[]>get("page"));
                    }
                    return session;
                })
                .injectOpen(atOnceUsers(readers)).protocols(browser);
        PopulationBuilder page = atRate("course page", settings.modulePath());
        PopulationBuilder file = atRate("static file", settings.staticPath());
        return List.of(List.of(prepare), List.of(page), List.of(file));
    }

    /**
     * GETs of one path at the page rate with a reader's cookie, after a warm-up (its requests are
     * named apart) that climbs to that rate within {@link #CLIMB} and then holds it: the measured part
     * starts once the JIT has compiled the path, not while it still competes with it for the cores.
     */
    private PopulationBuilder atRate(String what, String path) {
        int rate = settings.pageRate();
        Duration warm = settings.pageWarmup();
        Duration climb = warm.compareTo(CLIMB) < 0 ? warm : CLIMB;
        Phase phase = new Phase(what, warm, settings.pageDuration());
        return scenario(what + " at rate").feed(this::readerCookies)
                .exec(session -> {
                    phase.arrive();
                    return session;
                })
                .exec(http(session -> phase.isSteady() ? what + " " + rate + "/s" : what + " warm-up").get(path)
                        .header("Cookie", "SESSION=#{sid}").check(status().is(200)))
                .injectOpen(rampUsersPerSec(1).to(rate).during(climb),
                        constantUsersPerSec(rate).during(warm.minus(climb).plus(settings.pageDuration())))
                .protocols(sharedConnections);
    }

    private Iterator<Map<String, Object>> readerCookies() {
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("sid", readerSessions.get(Math.floorMod(next.getAndIncrement(), readerSessions.size())));
            }
        };
    }

    /**
     * Signed-in takers who save answers back to back, each from the moment its attempt is open; the
     * saves of the warm-up (sign-ins, starts, and the JIT compiling the save) are named apart.
     */
    private PopulationBuilder saturation() {
        Phase phase = new Phase("saturation", settings.saturationWarmup(), settings.saturation());
        phases.add(phase);
        agentsNeeded += settings.saturationUsers();
        return scenario("saturation").exec(arrive(phase)).exec(signIn(phase))
                .exec(http(session -> phase.name("page")).get("/exams/" + settings.exam()).check(status().is(200))
                        .check(csrf()))
                .exec(startAttempt(phase)).exec(question(phase)).exitHereIfFailed()
                .asLongAs(session -> !phase.isOver()).on(exec(autosave(phase)))
                .injectOpen(atOnceUsers(settings.saturationUsers())).protocols(browser);
    }

    /** Signed-in people who all press "start" within the burst window. */
    private PopulationBuilder burst() {
        Duration ramp = settings.rampFor(settings.burst()).plusSeconds(5);
        Phase phase = new Phase("burst", ramp, settings.burstWindow());
        phases.add(phase);
        agentsNeeded += settings.burst();
        return scenario("burst").exec(arrive(phase)).exec(signIn(phase))
                .exec(http("burst ramp page").get("/exams/" + settings.exam()).check(status().is(200)).check(csrf()))
                .pause(session -> untilMillis(phase.steadyAt()
                        + ThreadLocalRandom.current().nextLong(settings.burstWindow().toMillis())))
                .exec(startAttempt(phase)).exec(question(phase))
                .injectOpen(rampUsers(settings.burst()).during(settings.rampFor(settings.burst())))
                .protocols(browser);
    }

    // ---- what a person does

    private ChainBuilder arrive(Phase phase) {
        return exec(session -> {
            phase.arrive();
            return session.set("username", BenchDatabase.username(agents.incrementAndGet()));
        });
    }

    private ChainBuilder signIn(Phase phase) {
        return exec(http(session -> phase.name("sign-in page")).get("/login").check(status().is(200))
                .check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http(session -> phase.name("sign-in")).post("/login")
                        .formParam("username", "#{username}").formParam("password", settings.password())
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302))
                        .check(header("Location").transform(location -> location.contains("error")).is(false)))
                .exitHereIfFailed();
    }

    private ChainBuilder takeExam(Phase phase) {
        return exec(http(session -> phase.name("page")).get("/exams").check(status().is(200)))
                .exec(http(session -> phase.name("page")).get("/exams/" + settings.exam()).check(status().is(200))
                        .check(csrf()))
                .exec(startAttempt(phase))
                .exec(question(phase))
                .exitHereIfFailed()
                .exec(session -> session.set("nextPage", System.currentTimeMillis() + pageInterval())
                        .set("nextState", System.currentTimeMillis() + 30_000))
                .asLongAs(session -> !phase.isOver()).on(
                        pace(Duration.ofSeconds(5))
                                .exec(autosave(phase))
                                .doIf(session -> System.currentTimeMillis() >= session.getLong("nextPage")).then(
                                        exec(session -> session.set("position",
                                                ThreadLocalRandom.current().nextInt(1, session.getInt("total") + 1)))
                                                .exec(question(phase))
                                                .exec(session -> session.set("nextPage",
                                                        System.currentTimeMillis() + pageInterval())))
                                .doIf(session -> System.currentTimeMillis() >= session.getLong("nextState")).then(
                                        exec(http(session -> phase.name("state")).get("/attempts/#{attempt}/state")
                                                .check(status().is(200)))
                                                .exec(session -> session.set("nextState",
                                                        System.currentTimeMillis() + 30_000))))
                // takers finish within FINISHING of each other, as a session's attempts do, not in one instant
                .pause(session -> Duration.ofMillis(ThreadLocalRandom.current().nextLong(FINISHING.toMillis() + 1)))
                .exec(http(session -> phase.name("page")).get("/attempts/#{attempt}/summary").check(status().is(200)))
                .exec(http(session -> phase.name("submit")).post("/attempts/#{attempt}/submit")
                        .formParam("_csrf", "#{csrf}").check(status().is(302)))
                .exec(http(session -> phase.name("page")).get("/attempts/#{attempt}/result").check(status().is(200)));
    }

    private ChainBuilder startAttempt(Phase phase) {
        return exec(http(session -> phase.name("start")).post("/exams/" + settings.exam() + "/start")
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302))
                .check(header("Location").transform(ExamTakersSimulation::attemptId).saveAs("attempt")))
                .exec(session -> session.set("position", 1).set("sequence", 0L));
    }

    private ChainBuilder question(Phase phase) {
        return exec(http(session -> phase.name("page")).get("/attempts/#{attempt}/questions/#{position}")
                .check(status().is(200))
                .check(css("button[name=go][data-position]").count().saveAs("total"))
                .check(css("input[name=answer]", "value").findRandom().optional().saveAs("choice"))
                .check(csrf()));
    }

    private ChainBuilder autosave(Phase phase) {
        return exec(session -> session.set("sequence", session.getLong("sequence") + 1))
                .exec(http(session -> phase.name("autosave")).post("/attempts/#{attempt}/answers/#{position}")
                        .header("X-CSRF-TOKEN", "#{csrf}").header("Accept", "application/json")
                        .formParam("answer", session -> session.contains("choice") ? session.getString("choice") : "42")
                        .formParam("sequence", "#{sequence}")
                        .check(status().is(200)).check(jsonPath("$.status").is("saved")));
    }

    private ChainBuilder readCourse(Phase phase) {
        return exec(http(session -> phase.name("page")).get("/courses/" + settings.course()).check(status().is(200))
                .check(css("a[href*='/modules/']", "href").findAll().saveAs("modules")))
                .asLongAs(session -> !phase.isOver()).on(
                        pause(Duration.ofSeconds(10), Duration.ofSeconds(30))
                                .doIf(session -> !phase.isOver()).then(
                                        exec(http(session -> phase.name("page"))
                                                .get(session -> randomOf(session.getList("modules")))
                                                .check(status().is(200)))));
    }

    private static io.gatling.javaapi.core.CheckBuilder.Final csrf() {
        return css("meta[name=csrf-token]", "content").saveAs("csrf");
    }

    // ---- helpers

    private static String attemptId(String location) {
        String rest = location.substring(location.indexOf("/attempts/") + "/attempts/".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static String randomOf(List<Object> values) {
        return String.valueOf(values.get(ThreadLocalRandom.current().nextInt(values.size())));
    }

    private static long pageInterval() {
        return ThreadLocalRandom.current().nextLong(30_000, 90_001);
    }

    private static Duration untilMillis(long at) {
        return Duration.ofMillis(Math.max(0, at - System.currentTimeMillis()));
    }

    /** The load generator's own CPU time, sampled every second. */
    private void startCpuSampler(Path file) throws IOException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Files.writeString(file, "epochMs,cpuNanos\n");
        Thread sampler = new Thread(() -> {
            while (loadgenCpuStop.get() == 0) {
                try {
                    Files.writeString(file, System.currentTimeMillis() + "," + os.getProcessCpuTime() + "\n",
                            java.nio.file.StandardOpenOption.APPEND);
                    Thread.sleep(1000);
                }
                catch (IOException | InterruptedException stopped) {
                    return;
                }
            }
        }, "loadgen-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void write(Path file, String text) {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

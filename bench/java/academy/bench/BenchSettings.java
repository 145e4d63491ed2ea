package academy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run does, read from system properties ({@code bench.*}) that {@code bench/run}
 * passes; the defaults are the full run.
 */
record BenchSettings(String baseUrl, List<Integer> takers, int signInsPerSecond, Duration steady, Duration warmup,
        int readersPerHundred, int burst, Duration burstWindow, int saturationUsers, Duration saturationWarmup,
        Duration saturation, int pageRate, Duration pageWarmup, Duration pageDuration, String jdbcUrl, String dbUser,
        String dbPassword, int poolSize, Duration jdbcDuration, String password, String exam, String course,
        String module, String staticPath, Path out, boolean smoke) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(text("baseUrl", "http://127.0.0.1:8106"),
                Arrays.stream(text("takers", "250,500,1000,2000").split(",")).map(String::strip)
                        .filter(value -> !value.isEmpty()).map(Integer::valueOf).toList(),
                number("signInsPerSecond", 5), seconds("steadySeconds", 180), seconds("warmupSeconds", 30),
                number("readersPerHundred", 10), number("burst", 500), seconds("burstWindowSeconds", 10),
                number("saturationUsers", 40), seconds("saturationWarmupSeconds", 60), seconds("saturationSeconds", 60),
                number("pageRate", 200), seconds("pageWarmupSeconds", 90), seconds("pageSeconds", 60),
                text("jdbcUrl", "jdbc:mysql://127.0.0.1:3306/academy_bench"),
                text("dbUser", "root"), text("dbPassword", ""), number("poolSize", 20), seconds("jdbcSeconds", 30),
                text("password", "bench-password-2026"), text("exam", "product-basics-en"),
                text("course", "handset-products"), text("module", "model-lines"),
                text("staticPath", "/css/bench-module.html"), Path.of(text("out", "target/bench")),
                Boolean.parseBoolean(text("smoke", "false")));
    }

    /** Seconds over which {@code count} people sign in, at the configured sign-in rate. */
    Duration rampFor(int count) {
        return Duration.ofSeconds(Math.max(5, (count + signInsPerSecond - 1) / signInsPerSecond));
    }

    /** Course readers beside {@code takers} exam takers. */
    int readersBeside(int takers) {
        return Math.max(2, takers * readersPerHundred / 100);
    }

    /** The run's parameters, one {@code name=value} a line, for the report. */
    String describe() {
        return "takers=" + takers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                + "\nsignInsPerSecond=" + signInsPerSecond + "\nsteadySeconds=" + steady.toSeconds()
                + "\nwarmupSeconds=" + warmup.toSeconds() + "\nreadersPerHundred=" + readersPerHundred
                + "\nburst=" + burst + "\nburstWindowSeconds=" + burstWindow.toSeconds()
                + "\nsaturationUsers=" + saturationUsers + "\nsaturationWarmupSeconds=" + saturationWarmup.toSeconds()
                + "\nsaturationSeconds=" + saturation.toSeconds() + "\npageRate=" + pageRate
                + "\npageWarmupSeconds=" + pageWarmup.toSeconds() + "\npageSeconds=" + pageDuration.toSeconds()
                + "\npoolSize=" + poolSize + "\njdbcSeconds=" + jdbcDuration.toSeconds() + "\nexam=" + exam + "\nmodule=" + modulePath()
                + "\nsmoke=" + smoke + "\n";
    }

    String modulePath() {
        return "/courses/" + course + "/modules/" + module;
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }

    private static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }
}

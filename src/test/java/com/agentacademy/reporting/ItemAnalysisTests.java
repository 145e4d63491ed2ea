package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.support.MutableClock;

/**
 * The item analysis of an exam taken for real: thirty people sit a five-question exam through the
 * attempt pages, answering to a pattern that makes one question too easy, one too hard, one
 * negatively discriminating and some choices unpopular. The page's figures match the statistics of
 * that pattern, counting first attempts only; flags wait for the thirtieth first attempt; the
 * downloads keep formulas as text and are audited; a trainer retires a flagged question from the page.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=true",
        "spring.datasource.url=jdbc:h2:mem:item-analysis;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ItemAnalysisTests {

    static final Path ROOT = writeContent();
    static final int TAKERS = 30;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-11-24T01:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService people;

    final List<SignedInPerson> takers = new ArrayList<>();

    @BeforeAll
    void takers() {
        for (int i = 0; i < TAKERS; i++) {
            takers.add(newPerson("taker" + i));
        }
    }

    /**
     * Taker i answers: water (true/false) always "true", right; colour right from i = 10, else
     * "White"; ports right below i = 12, else "Lightning" or "Mini-USB" by turns; battery right from
     * i = 27, else "4000" or "=SUM(A1:A9)" by turns; brand right from i = 5; screen right from i = 8
     * but for i = 20; hinge right from i = 14 and for i = 3 and 9.
     */
    @Test
    @Order(1)
    void beforeTheThirtiethFirstAttemptTheFiguresShowButNoFlags() throws Exception {
        for (int i = 0; i < TAKERS - 1; i++) {
            sit(takers.get(i), i);
        }

        Document page = page("trainer", "/reports/exams/item-check");

        assertThat(text(page, "#attempt-count")).isEqualTo("29");
        assertThat(text(page, "#flags-wait")).isEqualTo("One more first attempt needed before flags");
        assertThat(page.select("#question-figures .flags li")).isEmpty();
        assertThat(page.select(".retire-form")).isEmpty();
        assertThat(page.select("#exam-flags")).isEmpty();
    }

    @Test
    @Order(2)
    void fromTheThirtiethFirstAttemptTheFiguresMatchThePatternAndFlagsAppear() throws Exception {
        sit(takers.get(TAKERS - 1), TAKERS - 1);
        retake(takers.get(0));

        Document page = page("trainer", "/reports/exams/item-check");

        Pattern pattern = new Pattern(TAKERS);
        assertThat(text(page, "#attempt-count")).as("a second attempt does not count").isEqualTo("30");
        assertThat(page.select("#flags-wait")).isEmpty();
        assertThat(text(page, "#mean-median")).isEqualTo("%.1f %% and %.1f %%".formatted(
                ItemStatistics.mean(pattern.percents()), ItemStatistics.median(pattern.percents())));
        assertThat(text(page, "#sd")).isEqualTo("%.1f percentage points".formatted(
                ItemStatistics.standardDeviation(pattern.percents())));
        Double alpha = ItemStatistics.alpha(pattern.scores);
        assertThat(text(page, "#alpha")).isEqualTo("%.2f".formatted(alpha));
        assertThat(page.select("#summary dt").eachText()).contains("Reliability (KR-20, every question scored right or wrong)");
        assertThat(text(page, "#sem")).isEqualTo("%.1f percentage points".formatted(
                ItemStatistics.standardError(ItemStatistics.standardDeviation(pattern.percents()), alpha)));

        for (int q = 0; q < Pattern.KEYS.size(); q++) {
            Element row = questionRow(page, Pattern.KEYS.get(q));
            ItemStatistics.Item expected = ItemStatistics.item(pattern.column(q), pattern.rest(q), 1);
            assertThat(text(row, ".drawn")).isEqualTo("30");
            assertThat(text(row, ".facility")).as(Pattern.KEYS.get(q)).isEqualTo("%.2f".formatted(expected.facility()));
            assertThat(text(row, ".sd")).isEqualTo("%.2f".formatted(expected.sd()));
            assertThat(text(row, ".discrimination")).isEqualTo(expected.discrimination() == null ? "—"
                    : "%.2f".formatted(expected.discrimination()));
        }

        Element water = questionRow(page, "id:water");
        assertThat(text(water, ".facility")).isEqualTo("1.00");
        assertThat(text(water, ".discrimination")).isEqualTo("—");
        assertThat(text(water, ".efficiency")).isEqualTo("—");
        assertThat(water.select(".flags li").eachText()).containsExactly("Very easy: facility 1.00 is above 0.95.",
                "The wrong choice “False” was picked by only 0.0 % of takers, so it hardly distracts anyone.");
        assertThat(questionRow(page, "id:battery").select(".flags li").eachText())
                .contains("Very hard: facility 0.10 is below 0.20.");
        assertThat(questionRow(page, "id:ports").select(".flags li").eachText())
                .anyMatch(flag -> flag.startsWith("Negative discrimination (-") && flag.endsWith("Check the answer key."));
        assertThat(questionRow(page, "id:colour").select(".flags li").eachText()).containsExactly(
                "The wrong choice “Red” was picked by only 0.0 % of takers, so it hardly distracts anyone.",
                "The wrong choice “Blue” was picked by only 0.0 % of takers, so it hardly distracts anyone.");
        for (String unflagged : List.of("id:brand", "id:screen", "id:hinge")) {
            assertThat(questionRow(page, unflagged).select(".flags li")).as(unflagged).isEmpty();
        }
        assertThat(page.select(".retire-form")).hasSize(4);
        assertThat(text(page, "#exam-flags")).isEqualTo(
                "Reliability %.2f is below 0.70: the scores depend a good deal on chance.".formatted(alpha));

        Element colourChoices = page.selectFirst("#choices-" + questionId("id:colour"));
        assertThat(colourChoices.select("tbody tr").eachText()).containsExactly("Black 100 % 20 66.7",
                "White 0 % 10 33.3", "Red 0 % 0 0.0", "Blue 0 % 0 0.0", "No answer — 0 0.0");
        assertThat(page.select("#score-distribution").attr("data-chart")).contains("\"values\":[");

        Document list = page("qa", "/reports/exams");
        Element exam = list.selectFirst("#exam-item-check");
        assertThat(text(exam, ".attempts")).isEqualTo("30");
        assertThat(text(exam, ".alpha")).isEqualTo("%.2f".formatted(alpha));
        assertThat(text(exam, ".flags")).isEqualTo("7 flags");
    }

    @Test
    @Order(3)
    void downloadsWriteFormulasAsTextAndAreAudited() throws Exception {
        jdbc.sql("TRUNCATE TABLE audit_event").update(); // the application itself cannot DELETE (append-only trigger)

        String csv = mvc.perform(get("/reports/exams/item-check/choices.csv").with(as("trainer")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        byte[] xlsx = mvc.perform(get("/reports/exams/item-check/choices.xlsx").with(as("trainer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/reports/exams/item-check/questions.csv").with(as("qa"))).andExpect(status().isOk());
        mvc.perform(get("/reports/exams/item-check/distribution.xlsx").with(as("trainer"))).andExpect(status().isOk());
        mvc.perform(get("/reports/exams.csv").with(as("trainer"))).andExpect(status().isOk());

        assertThat(csv).contains("Question,Key,Choice,Credit,Picked,% of takers")
                .contains("Battery,id:battery,'=SUM(A1:A9),0.0,13,43.3");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Cell formula = null;
            for (Row row : sheet) {
                if (row.getCell(2) != null && row.getCell(2).getStringCellValue().contains("SUM")) {
                    formula = row.getCell(2);
                }
            }
            assertThat(formula).isNotNull();
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("'=SUM(A1:A9)");
        }
        assertThat(jdbc.sql("SELECT subject FROM audit_event WHERE kind = 'EXPORT' ORDER BY id").query(String.class).list())
                .containsExactly("item-analysis:item-check:choices", "item-analysis:item-check:choices",
                        "item-analysis:item-check:questions", "item-analysis:item-check:scores", "item-analysis");
    }

    @Test
    @Order(4)
    void aTrainerRetiresAFlaggedQuestionAndItStaysInTheAnalysis() throws Exception {
        long ports = questionId("id:ports");
        String retire = "/reports/exams/item-check/questions/" + ports + "/retire";
        mvc.perform(post(retire).param("reason", "Negative discrimination").with(csrf()).with(as("qa")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/exams/item-check/questions/999999/retire").with(csrf()).with(as("trainer")))
                .andExpect(status().isNotFound());

        mvc.perform(post(retire).param("reason", "Negative discrimination (-0.51): check the key.").with(csrf())
                        .with(as("trainer")))
                .andExpect(redirectedUrl("/reports/exams/item-check"))
                .andExpect(flash().attribute("success", "reports.retired"));

        Document page = page("trainer", "/reports/exams/item-check");
        Element row = questionRow(page, "id:ports");
        assertThat(row.select(".retired").text()).isEqualTo("Retired");
        assertThat(row.select(".retire-form")).isEmpty();
        assertThat(text(row, ".drawn")).isEqualTo("30");
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE kind = 'QUESTION_RETIRED' AND subject = ?")
                .param("question:" + ports).query(String.class).list())
                .containsExactly("exam item-check, id:ports: Negative discrimination (-0.51): check the key.");
    }

    @Test
    @Order(5)
    void onlyTrainersQaAndAdministratorsSeeTheAnalysis() throws Exception {
        mvc.perform(get("/reports/exams").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/exams/item-check").with(as("hr"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/exams/item-check/questions.csv").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/exams/no-such-exam").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/exams")).andExpect(status().is3xxRedirection());
        Document menu = page("qa", "/reports/exams");
        assertThat(menu.select("a[href='/reports/exams']").eachText()).contains("Item analysis");
    }

    @Test
    @Order(6)
    void withRandomDrawsEachQuestionCountsTheAttemptsThatDrewIt() throws Exception {
        for (int i = 0; i < 10; i++) {
            takeExam(takers.get(i), "item-draw", Map.of("always", "true", "never", "true", "sometimes",
                    i < 5 ? "true" : "false"));
        }

        Document page = page("trainer", "/reports/exams/item-draw");

        assertThat(text(page, "#attempt-count")).isEqualTo("10");
        assertThat(page.select("#summary dd").eachText()).contains("2");
        int drawn = 0;
        for (String key : List.of("id:always", "id:never", "id:sometimes")) {
            drawn += Integer.parseInt(text(questionRow(page, "item-draw", key), ".drawn"));
        }
        assertThat(drawn).as("two questions in each of ten attempts").isEqualTo(20);
        assertThat(text(questionRow(page, "item-draw", "id:always"), ".facility")).isEqualTo("1.00");
        assertThat(text(questionRow(page, "item-draw", "id:never"), ".facility")).isEqualTo("0.00");
        assertThat(text(page, "#flags-wait")).isEqualTo("20 more first attempts needed before flags");
    }

    @Test
    @Order(7)
    void retiringBelowWhatADrawAsksForTellsTheTrainerThatAttemptsGetShorter() throws Exception {
        String base = "/reports/exams/item-draw/questions/";
        mvc.perform(post(base + questionId("item-draw", "id:always") + "/retire").with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("success", "reports.retired"));
        mvc.perform(post(base + questionId("item-draw", "id:never") + "/retire").with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("success", "reports.retired-short"));
        mvc.perform(post(base + questionId("item-draw", "id:never") + "/retire").with(csrf()).with(as("admin")))
                .andExpect(flash().attribute("success", "reports.already-retired"));

        Document page = page("trainer", "/reports/exams/item-draw");

        assertThat(page.select("#short-draws li").eachText()).containsExactly("2 from pool, which has only 1 live");
        assertThat(text(page, "#attempt-count")).as("past attempts still count").isEqualTo("10");
        mvc.perform(post(base + questionId("id:brand") + "/retire").with(csrf()).with(as("trainer")))
                .andExpect(status().isNotFound());
    }

    /** The scores the answer pattern gives, question by question in bank order, and the rest scores. */
    record Pattern(double[][] scores) {

        static final List<String> KEYS = List.of("id:water", "id:colour", "id:ports", "id:battery", "id:brand",
                "id:screen", "id:hinge");

        Pattern(int takers) {
            this(scoresOf(takers));
        }

        static double[][] scoresOf(int takers) {
            double[][] scores = new double[takers][];
            for (int i = 0; i < takers; i++) {
                scores[i] = new double[] { 1, i >= 10 ? 1 : 0, i < 12 ? 1 : 0, i >= 27 ? 1 : 0, i >= 5 ? 1 : 0,
                        i >= 8 && i != 20 ? 1 : 0, i >= 14 || i == 3 || i == 9 ? 1 : 0 };
            }
            return scores;
        }

        double[] column(int question) {
            double[] column = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                column[i] = scores[i][question];
            }
            return column;
        }

        /** The percentage scored on the other six questions. */
        double[] rest(int question) {
            double[] rest = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                double sum = 0;
                for (double score : scores[i]) {
                    sum += score;
                }
                rest[i] = 100 * (sum - scores[i][question]) / 6;
            }
            return rest;
        }

        double[] percents() {
            double[] percents = new double[scores.length];
            for (int i = 0; i < scores.length; i++) {
                double sum = 0;
                for (double score : scores[i]) {
                    sum += score;
                }
                percents[i] = 100 * sum / 7;
            }
            return percents;
        }
    }

    /** Takes the exam through the attempt pages with taker i's answers. */
    private void sit(SignedInPerson taker, int i) throws Exception {
        Map<String, String> answers = Map.of(
                "water", "true",
                "colour", i >= 10 ? "0" : "1",
                "ports", i < 12 ? "0" : i % 2 == 0 ? "1" : "2",
                "battery", i >= 27 ? "0" : i % 2 == 0 ? "1" : "2",
                "brand", i >= 5 ? "Lumen" : "Nokia",
                "screen", i >= 8 && i != 20 ? "AMOLED" : "LCD",
                "hinge", i >= 14 || i == 3 || i == 9 ? "titanium" : "steel");
        takeExam(taker, answers);
    }

    /** A second attempt, all right: it must not count. */
    private void retake(SignedInPerson taker) throws Exception {
        takeExam(taker, Map.of("water", "true", "colour", "0", "ports", "0", "battery", "0", "brand", "Lumen",
                "screen", "AMOLED", "hinge", "titanium"));
    }

    private void takeExam(SignedInPerson taker, Map<String, String> answers) throws Exception {
        takeExam(taker, "item-check", answers);
    }

    private void takeExam(SignedInPerson taker, String exam, Map<String, String> answers) throws Exception {
        String location = mvc.perform(post("/exams/" + exam + "/start").with(csrf()).with(user(taker)))
                .andExpect(redirectedUrlPattern("/attempts/*/questions/1")).andReturn().getResponse().getRedirectedUrl();
        long attempt = Long.parseLong(location.split("/")[2]);
        List<Map<String, Object>> drawn = jdbc.sql("""
                SELECT q.position, b.question_key FROM attempt_question q JOIN exam_question b ON b.id = q.question_id
                WHERE q.attempt_id = ? ORDER BY q.position
                """).param(attempt).query().listOfRows();
        for (Map<String, Object> question : drawn) {
            String key = question.get("question_key").toString().substring("id:".length());
            mvc.perform(post("/attempts/" + attempt + "/answers/" + question.get("position")).param("answer", answers.get(key))
                    .param("sequence", "1").with(csrf()).with(user(taker))).andExpect(status().isOk());
        }
        mvc.perform(post("/attempts/" + attempt + "/submit").with(csrf()).with(user(taker)))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/result"));
    }

    private Document page(String username, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(as(username)).header("Accept-Language", "en");
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private Element questionRow(Document page, String key) {
        return questionRow(page, "item-check", key);
    }

    private Element questionRow(Document page, String exam, String key) {
        return page.selectFirst("#question-" + questionId(exam, key));
    }

    private long questionId(String key) {
        return questionId("item-check", key);
    }

    private long questionId(String exam, String key) {
        return jdbc.sql("SELECT q.id FROM exam_question q JOIN exam e ON e.id = q.exam_id "
                + "WHERE e.slug = ? AND q.question_key = ?").params(exam, key).query(Long.class).single();
    }

    private static String text(Element element, String selector) {
        return element.selectFirst(selector).text();
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }

    private SignedInPerson newPerson(String username) {
        jdbc.sql("""
                INSERT INTO person (username, employee_number, display_name, email, password_hash, must_change_password,
                    active, created_at, version)
                VALUES (?, ?, ?, ?, 'unused', FALSE, TRUE, ?, 0)
                """).params(username, "IA-" + username, "Taker " + username, username + "@example.com",
                java.time.LocalDateTime.of(2026, 1, 5, 9, 0)).update();
        long id = jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
        return new SignedInPerson(id, username, "Taker " + username, null, true, Set.of("AGENT"), false, "en");
    }

    private static Path writeContent() {
        try {
            Path root = Files.createTempDirectory("academy-item-analysis");
            Files.createDirectories(root.resolve("courses"));
            Path exam = Files.createDirectories(root.resolve("exams/item-check"));
            Files.writeString(root.resolve("exams/certifications.yml"), "certifications: []\n");
            Files.writeString(exam.resolve("exam.yml"), """
                    title: Item check
                    locale: en
                    courses: []
                    time-limit-minutes: 20
                    pass-mark-percent: 60
                    max-attempts: 3
                    cooldown-hours: 0
                    shuffle-questions: true
                    shuffle-answers: true
                    time-expiry: autosubmit
                    grace-minutes: 0
                    review: after-submit
                    """);
            Files.writeString(exam.resolve("bank.gift"), """
                    $CATEGORY: basics

                    // [id:water]
                    ::Water:: The phone is water resistant. {T}

                    // [id:colour]
                    ::Colour:: What colour is the standard case? {=Black ~White ~Red ~Blue}

                    // [id:ports]
                    ::Ports:: Which port does the phone have? {=USB-C ~Lightning ~Mini-USB}

                    // [id:battery]
                    ::Battery:: Battery capacity in mAh? {=5000 ~4000 ~\\=SUM(A1\\:A9)}

                    // [id:brand]
                    ::Brand:: Name the brand. {=Lumen}

                    // [id:screen]
                    ::Screen:: What kind of screen does the phone have? {=AMOLED}

                    // [id:hinge]
                    ::Hinge:: What metal is the hinge made of? {=titanium}
                    """);
            Path draw = Files.createDirectories(root.resolve("exams/item-draw"));
            Files.writeString(draw.resolve("exam.yml"), Files.readString(exam.resolve("exam.yml"))
                    .replace("title: Item check", "title: Item draw")
                    .replace("review: after-submit", "review: after-submit\ndraw:\n  - category: pool\n    count: 2"));
            Files.writeString(draw.resolve("bank.gift"), """
                    $CATEGORY: pool

                    // [id:always]
                    ::Always:: The phone has a screen. {T}

                    // [id:never]
                    ::Never:: The phone has a fax port. {F}

                    // [id:sometimes]
                    ::Sometimes:: The phone has a hinge. {T}
                    """);
            return root;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

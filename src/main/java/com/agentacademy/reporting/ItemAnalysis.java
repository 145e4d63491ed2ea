package com.agentacademy.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.gift.GiftAnswer;
import com.agentacademy.exam.QuestionTexts;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/**
 * The item analysis of an exam over each person's first finished attempt, once it is fully graded.
 * Exams draw their questions at random, so every question's figures are over the attempts that drew
 * it, and the rest score of a question in an attempt is the percentage scored on that attempt's
 * other questions. Reliability takes as its items the attempt's questions in the order of their
 * categories (see {@link #items}). Flags wait until a question was drawn in
 * {@value #ATTEMPTS_FOR_FLAGS} first attempts (the exam's flag until it has that many first attempts).
 */
@Service
class ItemAnalysis {

    static final int ATTEMPTS_FOR_FLAGS = 30;
    static final double VERY_HARD = 0.20;
    static final double VERY_EASY = 0.95;
    static final double LOW_DISCRIMINATION = 0.20;
    static final double RARE_DISTRACTOR_PERCENT = 5;
    static final double LOW_ALPHA = 0.70;

    private static final int LABEL_LENGTH = 90;
    private static final int CHOICE_LENGTH = 80;

    /** An exam as the reports name it. */
    record ExamName(long id, String slug, String title) {
    }

    /** A reason to look at a question or an exam: a message key with its arguments. */
    record Flag(String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /** How often one choice of a question was picked by the attempts that drew it. */
    record ChoiceCount(String text, double credit, int count, double percent) {

        public boolean distractor() {
            return credit <= 0;
        }
    }

    /**
     * One question's figures.
     *
     * @param drawn how many first attempts drew it
     * @param choices for choice questions, each choice as written in the current wording, then any
     *     that only earlier wordings had; empty for other questions
     * @param unanswered how many of the attempts that drew it left it blank (choice questions)
     */
    record QuestionFigures(long questionId, String key, String label, GiftType type, String category, boolean retired,
            int drawn, ItemStatistics.Item item, List<ChoiceCount> choices, int unanswered, List<Flag> flags) {

        public boolean hasChoices() {
            return !choices.isEmpty();
        }

        public double unansweredPercent() {
            return drawn == 0 ? 0 : unanswered * 100.0 / drawn;
        }

        /** How many more first attempts must draw the question before it is flagged. */
        public int attemptsNeeded() {
            return Math.max(0, ATTEMPTS_FOR_FLAGS - drawn);
        }
    }

    /**
     * The figures of an exam. Scores are percentages of the attempt's questions.
     *
     * @param attempts first attempts counted
     * @param items the number of questions per attempt that the reliability was worked out over
     * @param kr20 whether every score was 0 or full marks, so that alpha is KR-20
     * @param distribution how many attempts scored 0–9 %, 10–19 %, …, 90–100 %
     */
    record ExamFigures(ExamName exam, int attempts, Double mean, Double median, Double sd, Double alpha, boolean kr20,
            Double sem, int items, List<QuestionFigures> questions, List<Flag> flags, List<Integer> distribution) {

        public int attemptsNeeded() {
            return Math.max(0, ATTEMPTS_FOR_FLAGS - attempts);
        }

        /** Every flag of the exam and of its questions. */
        public int flagCount() {
            return flags.size() + questions.stream().mapToInt(question -> question.flags().size()).sum();
        }
    }

    /** One question of one first attempt. */
    private record Answered(long attemptId, int position, long questionId, long revisionId, double score,
            String response) {
    }

    /** A question of the bank. */
    private record BankQuestion(long id, String key, GiftType type, String category, boolean retired,
            Long currentRevisionId) {
    }

    private final JdbcClient jdbc;
    private final QuestionTexts texts;

    ItemAnalysis(JdbcClient jdbc, QuestionTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    List<ExamName> exams() {
        return jdbc.sql("SELECT id, slug, title FROM exam ORDER BY slug")
                .query((rs, row) -> new ExamName(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<ExamName> exam(String slug) {
        return jdbc.sql("SELECT id, slug, title FROM exam WHERE slug = ?").param(slug)
                .query((rs, row) -> new ExamName(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** Whether the question belongs to the exam's bank. */
    boolean isQuestionOf(long examId, long questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM exam_question WHERE id = ? AND exam_id = ?").params(questionId, examId)
                .query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    List<ExamFigures> all() {
        return exams().stream().map(this::figures).toList();
    }

    @Transactional(readOnly = true)
    ExamFigures figures(ExamName exam) {
        List<Answered> answered = firstAttempts(exam.id());
        Map<Long, List<Answered>> byAttempt = answered.stream()
                .collect(Collectors.groupingBy(Answered::attemptId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Double> sums = new HashMap<>();
        byAttempt.forEach((id, questions) -> sums.put(id, questions.stream().mapToDouble(Answered::score).sum()));
        double[] percents = byAttempt.entrySet().stream()
                .mapToDouble(entry -> 100 * sums.get(entry.getKey()) / entry.getValue().size()).toArray();

        List<BankQuestion> bank = bank(exam.id());
        Map<Long, GiftQuestion> revisions = revisions(exam.id());
        Map<Long, List<Answered>> byQuestion = answered.stream().collect(Collectors.groupingBy(Answered::questionId));
        List<QuestionFigures> questions = bank.stream().filter(question -> byQuestion.containsKey(question.id()))
                .map(question -> question(question, byQuestion.get(question.id()), byAttempt, sums, revisions))
                .toList();

        double[][] items = items(byAttempt, bank.stream().collect(HashMap::new,
                (map, question) -> map.put(question.id(), question.category()), HashMap::putAll));
        Double alpha = ItemStatistics.alpha(items);
        Double sd = ItemStatistics.standardDeviation(percents);
        List<Flag> flags = new ArrayList<>();
        if (percents.length >= ATTEMPTS_FOR_FLAGS && alpha != null && alpha < LOW_ALPHA) {
            flags.add(new Flag("reports.flag.low-alpha", List.of(decimal(alpha))));
        }
        return new ExamFigures(exam, percents.length, percents.length == 0 ? null : ItemStatistics.mean(percents),
                ItemStatistics.median(percents), sd, alpha, items.length > 0 && ItemStatistics.dichotomous(items, 1),
                ItemStatistics.standardError(sd, alpha), items.length == 0 ? 0 : items[0].length, questions, flags,
                distribution(percents));
    }

    private QuestionFigures question(BankQuestion question, List<Answered> drawn, Map<Long, List<Answered>> byAttempt,
            Map<Long, Double> sums, Map<Long, GiftQuestion> revisions) {
        double[] scores = new double[drawn.size()];
        double[] rest = new double[drawn.size()];
        for (int i = 0; i < drawn.size(); i++) {
            Answered one = drawn.get(i);
            int others = byAttempt.get(one.attemptId()).size() - 1;
            scores[i] = one.score();
            rest[i] = others == 0 ? 0 : 100 * (sums.get(one.attemptId()) - one.score()) / others;
        }
        ItemStatistics.Item item = ItemStatistics.item(scores, rest, 1);
        GiftQuestion current = revisions.get(question.currentRevisionId());
        List<ChoiceCount> choices = new ArrayList<>();
        int unanswered = 0;
        if (isChoice(question.type())) {
            Map<String, double[]> counts = new LinkedHashMap<>();
            current.answers().forEach(answer -> counts.put(answer.text(), new double[] { answer.fraction(), 0 }));
            for (Answered one : drawn) {
                GiftQuestion shown = revisions.get(one.revisionId());
                List<Integer> picked = picked(shown, one.response());
                if (picked.isEmpty()) {
                    unanswered++;
                }
                for (int index : picked) {
                    GiftAnswer answer = shown.answers().get(index);
                    counts.computeIfAbsent(answer.text(), text -> new double[] { answer.fraction(), 0 })[1]++;
                }
            }
            counts.forEach((text, count) -> choices.add(new ChoiceCount(abbreviate(text, CHOICE_LENGTH), count[0],
                    (int) count[1], count[1] * 100 / drawn.size())));
        }
        return new QuestionFigures(question.id(), question.key(), label(current), question.type(), question.category(),
                question.retired(), drawn.size(), item, choices, unanswered, flags(item, choices));
    }

    private static List<Flag> flags(ItemStatistics.Item item, List<ChoiceCount> choices) {
        List<Flag> flags = new ArrayList<>();
        if (item.takers() < ATTEMPTS_FOR_FLAGS) {
            return flags;
        }
        if (item.facility() < VERY_HARD) {
            flags.add(new Flag("reports.flag.very-hard", List.of(decimal(item.facility()))));
        }
        if (item.facility() > VERY_EASY) {
            flags.add(new Flag("reports.flag.very-easy", List.of(decimal(item.facility()))));
        }
        Double discrimination = item.discrimination();
        if (discrimination != null && discrimination < 0) {
            flags.add(new Flag("reports.flag.negative-discrimination", List.of(decimal(discrimination))));
        }
        else if (discrimination != null && discrimination < LOW_DISCRIMINATION) {
            flags.add(new Flag("reports.flag.low-discrimination", List.of(decimal(discrimination))));
        }
        choices.stream().filter(choice -> choice.distractor() && choice.percent() < RARE_DISTRACTOR_PERCENT)
                .forEach(choice -> flags.add(new Flag("reports.flag.rare-distractor",
                        List.of(choice.text(), String.format(Locale.ROOT, "%.1f", choice.percent())))));
        return flags;
    }

    /**
     * The items for reliability: each attempt's questions in the order of their category, then of
     * the question, so that the j-th item is the same question in every attempt where the exam draws
     * all of a category, and "a question drawn from category c" where it draws some of them, as
     * Moodle treats a random question. Only the attempts of the most usual make-up (categories and
     * number of questions) count: an exam whose draws changed has attempts that cannot share items.
     */
    private static double[][] items(Map<Long, List<Answered>> byAttempt, Map<Long, String> categories) {
        Comparator<Answered> order = Comparator.comparing((Answered one) -> categoryOf(one, categories))
                .thenComparing(Answered::questionId);
        Map<List<String>, List<List<Answered>>> byMakeUp = new LinkedHashMap<>();
        for (List<Answered> questions : byAttempt.values()) {
            List<Answered> sorted = questions.stream().sorted(order).toList();
            byMakeUp.computeIfAbsent(sorted.stream().map(one -> categoryOf(one, categories)).toList(),
                    makeUp -> new ArrayList<>()).add(sorted);
        }
        return byMakeUp.values().stream().max(Comparator.comparing(List::size)).orElse(List.of()).stream()
                .map(questions -> questions.stream().mapToDouble(Answered::score).toArray())
                .toArray(double[][]::new);
    }

    private static String categoryOf(Answered one, Map<Long, String> categories) {
        return Objects.toString(categories.get(one.questionId()), "");
    }

    private static List<Integer> distribution(double[] percents) {
        Integer[] bins = new Integer[10];
        Arrays.fill(bins, 0);
        for (double percent : percents) {
            bins[Math.max(0, Math.min(9, (int) Math.floor(percent / 10)))]++;
        }
        return List.of(bins);
    }

    /** The choice indexes a stored answer picked; true/false answers are the choices True and False. */
    private static List<Integer> picked(GiftQuestion shown, String response) {
        if (response == null || shown == null) {
            return List.of();
        }
        if (shown.type() == GiftType.TRUEFALSE) {
            return switch (response) {
                case "true" -> List.of(0);
                case "false" -> List.of(1);
                default -> List.of();
            };
        }
        List<Integer> picked = new ArrayList<>();
        for (String part : response.split(",")) {
            if (part.matches("\\d{1,4}") && Integer.parseInt(part) < shown.answers().size()) {
                picked.add(Integer.parseInt(part));
            }
        }
        return picked;
    }

    private static boolean isChoice(GiftType type) {
        return type == GiftType.MULTICHOICE || type == GiftType.MULTIANSWER || type == GiftType.TRUEFALSE;
    }

    private List<Answered> firstAttempts(long examId) {
        return jdbc.sql("""
                SELECT a.id, q.position, q.question_id, q.revision_id, q.score,
                    CASE WHEN b.type IN ('MULTICHOICE', 'MULTIANSWER', 'TRUEFALSE') THEN ans.response END
                FROM exam_attempt a
                JOIN attempt_question q ON q.attempt_id = a.id
                JOIN exam_question b ON b.id = q.question_id
                LEFT JOIN attempt_answer ans ON ans.attempt_id = q.attempt_id AND ans.position = q.position
                WHERE a.exam_id = ? AND a.grading = 'FINAL' AND a.number = (
                    SELECT MIN(f.number) FROM exam_attempt f
                    WHERE f.exam_id = a.exam_id AND f.person_id = a.person_id AND f.status = 'FINISHED')
                ORDER BY a.id, q.position
                """).param(examId)
                .query((rs, row) -> new Answered(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                        rs.getDouble(5), rs.getString(6)))
                .list();
    }

    private List<BankQuestion> bank(long examId) {
        return jdbc.sql("""
                SELECT id, question_key, type, category, retired, current_revision_id
                FROM exam_question WHERE exam_id = ? ORDER BY id
                """).param(examId)
                .query((rs, row) -> new BankQuestion(rs.getLong(1), rs.getString(2), GiftType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5), rs.getObject(6, Long.class)))
                .list();
    }

    /** Every wording of the exam's questions, parsed once for the life of the application by the exam module. */
    private Map<Long, GiftQuestion> revisions(long examId) {
        return new HashMap<>(texts.of(jdbc.sql("""
                SELECT r.id FROM question_revision r JOIN exam_question q ON q.id = r.question_id WHERE q.exam_id = ?
                """).param(examId).query(Long.class).list()));
    }

    private static String label(GiftQuestion question) {
        if (question == null) {
            return "";
        }
        String name = question.name();
        return abbreviate(name != null && !name.isBlank() ? name : question.text(), LABEL_LENGTH);
    }

    private static String abbreviate(String text, int length) {
        String plain = text.replaceAll("\\s+", " ").strip();
        int end = plain.offsetByCodePoints(0, Math.min(length, plain.codePointCount(0, plain.length())));
        return end < plain.length() ? plain.substring(0, end) + "…" : plain;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}

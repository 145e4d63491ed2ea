package com.agentacademy.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.agentacademy.gift.GiftAnswer;
import com.agentacademy.gift.GiftGrader;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftResponse;
import com.agentacademy.gift.GiftType;
import com.agentacademy.security.StoredTime;

/**
 * Graded first attempts written straight into the tables, for pages that need many of them: people
 * of evenly spread ability draw questions as the exam's draws say and answer them the more often
 * right the abler they are. The exam's first single-choice question is answered the other way round
 * (the weaker, the more often right), and wrong choices are picked the less often the later they
 * are written, so that the analysis has something to flag.
 */
final class SeededAttempts {

    private record Question(long id, long revisionId, String category, GiftQuestion gift) {
    }

    private record Draw(int count, String category) {
    }

    private SeededAttempts() {
    }

    static void seed(JdbcClient jdbc, String slug, int people, long seed) {
        Random random = new Random(seed);
        long examId = jdbc.sql("SELECT id FROM exam WHERE slug = ?").param(slug).query(Long.class).single();
        List<Draw> draws = jdbc.sql("SELECT draws FROM exam WHERE id = ?").param(examId).query(String.class).single()
                .lines().filter(line -> !line.isBlank()).map(line -> line.split("\t", 2))
                .map(parts -> new Draw(Integer.parseInt(parts[0]), parts[1])).toList();
        List<Question> bank = jdbc.sql("""
                SELECT q.id, q.current_revision_id, q.category, r.gift FROM exam_question q
                JOIN question_revision r ON r.id = q.current_revision_id
                WHERE q.exam_id = ? AND q.retired = FALSE AND q.type <> 'DESCRIPTION' ORDER BY q.id
                """).param(examId).query((rs, row) -> new Question(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        GiftParser.parse(rs.getString(4)).questions().get(0))).list();
        long reversed = bank.stream().filter(question -> question.gift().type() == GiftType.MULTICHOICE).findFirst()
                .orElseThrow().id();
        Instant start = Instant.parse("2026-10-01T01:00:00Z");
        for (int i = 0; i < people; i++) {
            long person = person(jdbc, slug + "-" + i, "Candidate " + (i + 1));
            double ability = (i + 0.5) / people;
            List<Question> drawn = new ArrayList<>();
            for (Draw draw : draws) {
                List<Question> pool = new ArrayList<>(bank.stream()
                        .filter(question -> draw.category().equals(question.category())).toList());
                Collections.shuffle(pool, random);
                drawn.addAll(pool.subList(0, Math.min(draw.count(), pool.size())));
            }
            Instant began = start.plus(Duration.ofHours(3L * i));
            long attempt = attempt(jdbc, examId, person, began);
            double total = 0;
            for (int position = 1; position <= drawn.size(); position++) {
                Question question = drawn.get(position - 1);
                double easiness = (Math.floorMod(question.id() * 7, 5) - 2) * 0.12;
                double chance = Math.max(0.03, Math.min(0.97, 0.2 + 0.75
                        * (question.id() == reversed ? 1 - ability : ability) + easiness));
                boolean right = random.nextDouble() < chance;
                String response = response(question.gift(), right, ability, random);
                double score = score(question.gift(), response, right, ability, random);
                total += score;
                jdbc.sql("""
                        INSERT INTO attempt_question (attempt_id, position, question_id, revision_id, choice_order, score,
                            graded_revision_id, graded_at)
                        VALUES (?, ?, ?, ?, '', ?, ?, ?)
                        """).params(attempt, position, question.id(), question.revisionId(), score, question.revisionId(),
                        StoredTime.of(began.plus(Duration.ofMinutes(30)))).update();
                if (response != null) {
                    jdbc.sql("""
                            INSERT INTO attempt_answer (attempt_id, position, response, flagged, sequence, saved_at)
                            VALUES (?, ?, ?, FALSE, 1, ?)
                            """).params(attempt, position, response, StoredTime.of(began.plus(Duration.ofMinutes(10))))
                            .update();
                }
            }
            double percent = Math.round(total / drawn.size() * 1000) / 10.0;
            jdbc.sql("UPDATE exam_attempt SET score = ?, max_score = ?, percent = ?, passed = ? WHERE id = ?")
                    .params(total, drawn.size(), percent, percent >= 80, attempt).update();
        }
    }

    /** What the person picked or typed; {@code null} for an essay, which is scored by hand. */
    private static String response(GiftQuestion question, boolean right, double ability, Random random) {
        List<GiftAnswer> answers = question.answers();
        return switch (question.type()) {
            case MULTICHOICE -> {
                List<Integer> wrong = IntStream.range(0, answers.size())
                        .filter(index -> answers.get(index).fraction() < 1).boxed().toList();
                int best = IntStream.range(0, answers.size()).boxed()
                        .max(Comparator.comparingDouble(index -> answers.get(index).fraction())).orElseThrow();
                yield String.valueOf(right || wrong.isEmpty() ? best : pickFalling(wrong, random));
            }
            case MULTIANSWER -> {
                Set<Integer> good = IntStream.range(0, answers.size()).filter(index -> answers.get(index).fraction() > 0)
                        .boxed().collect(Collectors.toCollection(LinkedHashSet::new));
                List<Integer> bad = IntStream.range(0, answers.size()).filter(index -> answers.get(index).fraction() <= 0)
                        .boxed().toList();
                Set<Integer> picked = new LinkedHashSet<>(good);
                if (!right) {
                    picked.remove(good.iterator().next());
                    if (!bad.isEmpty()) {
                        picked.add(pickFalling(bad, random));
                    }
                }
                yield picked.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            }
            case TRUEFALSE -> String.valueOf(right == question.trueFalse());
            case ESSAY -> ability > 0.1 ? "A reply to the customer." : null;
            default -> right ? "right" : "wrong";
        };
    }

    private static double score(GiftQuestion question, String response, boolean right, double ability, Random random) {
        return switch (question.type()) {
            case MULTICHOICE -> GiftGrader.grade(question, GiftResponse.choice(Integer.parseInt(response)));
            case MULTIANSWER -> GiftGrader.grade(question, GiftResponse.choices(java.util.Arrays.stream(response.split(","))
                    .map(Integer::parseInt).collect(Collectors.toSet())));
            case TRUEFALSE -> GiftGrader.grade(question, GiftResponse.trueFalse(Boolean.parseBoolean(response)));
            case ESSAY -> response == null ? 0
                    : Math.max(0, Math.min(1, Math.round((ability + random.nextGaussian() * 0.2) * 10) / 10.0));
            default -> right ? 1 : 0;
        };
    }

    /** One of the indexes, the first far more often than the last. */
    private static int pickFalling(List<Integer> indexes, Random random) {
        double[] weights = new double[indexes.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i + 1, 3);
            sum += weights[i];
        }
        double roll = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll <= 0) {
                return indexes.get(i);
            }
        }
        return indexes.get(indexes.size() - 1);
    }

    private static long person(JdbcClient jdbc, String username, String name) {
        jdbc.sql("""
                INSERT INTO person (username, employee_number, display_name, email, password_hash, must_change_password,
                    active, created_at, version)
                VALUES (?, ?, ?, ?, 'unused', FALSE, TRUE, ?, 0)
                """).params(username, "S-" + username, name, username + "@example.com",
                StoredTime.of(Instant.parse("2026-09-01T00:00:00Z"))).update();
        return jdbc.sql("SELECT id FROM person WHERE username = ?").param(username).query(Long.class).single();
    }

    private static long attempt(JdbcClient jdbc, long examId, long person, Instant began) {
        jdbc.sql("""
                INSERT INTO exam_attempt (exam_id, person_id, number, status, started_at, deadline, time_limit_minutes,
                    extra_minutes, time_expiry, grace_minutes, pass_mark_percent, finished_at, finished_by, grading,
                    graded_at)
                VALUES (?, ?, 1, 'FINISHED', ?, ?, 40, 0, 'GRACE', 2, 80, ?, 'PERSON', 'FINAL', ?)
                """).params(examId, person, StoredTime.of(began), StoredTime.of(began.plus(Duration.ofMinutes(40))),
                StoredTime.of(began.plus(Duration.ofMinutes(25))), StoredTime.of(began.plus(Duration.ofMinutes(30))))
                .update();
        return jdbc.sql("SELECT id FROM exam_attempt WHERE exam_id = ? AND person_id = ?").params(examId, person)
                .query(Long.class).single();
    }
}

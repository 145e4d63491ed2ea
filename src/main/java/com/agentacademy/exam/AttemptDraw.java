package com.agentacademy.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.agentacademy.gift.GiftQuestion;
import com.agentacademy.gift.GiftType;

/**
 * Picks the questions of one attempt: per draw of {@code exam.yml}, that many questions at random
 * from the category (all live questions but descriptions when the exam has no draws), in the order
 * of the draws unless questions are shuffled, and for each choice question the order its answers
 * are shown in. The result is stored with the attempt, so it never changes for that attempt.
 */
final class AttemptDraw {

    /** A live question the draw may pick, at its current revision. */
    record Candidate(long questionId, long revisionId, String category, GiftType type) {
    }

    /**
     * One drawn question.
     *
     * @param choiceOrder the answer indexes (options for matching) in the order shown, joined by commas;
     *     empty for questions without choices
     */
    record Drawn(long questionId, long revisionId, String choiceOrder) {
    }

    private AttemptDraw() {
    }

    static List<Drawn> draw(List<Candidate> candidates, List<ExamDefinition.Draw> draws, boolean shuffleQuestions,
            boolean shuffleAnswers, Map<Long, GiftQuestion> questionsByRevision, Random random) {
        List<Candidate> usable = candidates.stream().filter(candidate -> candidate.type() != GiftType.DESCRIPTION)
                .toList();
        List<Candidate> picked = new ArrayList<>();
        if (draws.isEmpty()) {
            picked.addAll(usable);
        }
        else {
            Map<String, List<Candidate>> byCategory = usable.stream()
                    .collect(Collectors.groupingBy(candidate -> Objects.toString(candidate.category(), "")));
            for (ExamDefinition.Draw draw : draws) {
                List<Candidate> pool = new ArrayList<>(byCategory.getOrDefault(draw.category(), List.of()));
                Collections.shuffle(pool, random);
                picked.addAll(pool.subList(0, Math.min(draw.count(), pool.size())));
            }
        }
        if (shuffleQuestions) {
            Collections.shuffle(picked, random);
        }
        return picked.stream().map(candidate -> new Drawn(candidate.questionId(), candidate.revisionId(),
                choiceOrder(questionsByRevision.get(candidate.revisionId()), shuffleAnswers, random))).toList();
    }

    private static String choiceOrder(GiftQuestion question, boolean shuffleAnswers, Random random) {
        int size = switch (question.type()) {
            case MULTICHOICE, MULTIANSWER -> question.answers().size();
            case MATCHING -> Responses.optionsOf(question).size();
            default -> 0;
        };
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        // The options of a matching question are always mixed: written in the items' order, they would give the answer away.
        if (shuffleAnswers || question.type() == GiftType.MATCHING) {
            Collections.shuffle(order, random);
        }
        return String.join(",", order.stream().map(String::valueOf).toList());
    }

    /** The indexes of a stored choice order. */
    static List<Integer> order(String choiceOrder) {
        if (choiceOrder == null || choiceOrder.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(choiceOrder.split(",")).map(Integer::parseInt).toList();
    }
}

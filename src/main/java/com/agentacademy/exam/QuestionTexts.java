package com.agentacademy.exam;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.agentacademy.gift.GiftDocument;
import com.agentacademy.gift.GiftParser;
import com.agentacademy.gift.GiftQuestion;

/**
 * The questions of stored revisions, parsed once. A revision never changes after it is written, so
 * its parsed form is kept for the life of the application (a bank of thousands of questions is a
 * few megabytes).
 */
@Component
public class QuestionTexts {

    private final JdbcClient jdbc;
    private final Map<Long, GiftQuestion> parsed = new ConcurrentHashMap<>();

    QuestionTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GiftQuestion of(long revisionId) {
        GiftQuestion question = parsed.get(revisionId);
        if (question == null) {
            String gift = jdbc.sql("SELECT gift FROM question_revision WHERE id = ?").param(revisionId)
                    .query(String.class).single();
            question = parse(revisionId, gift);
            parsed.put(revisionId, question);
        }
        return question;
    }

    /** The questions of these revisions, reading the ones not parsed yet in one query; also for reports. */
    public Map<Long, GiftQuestion> of(Collection<Long> revisionIds) {
        Map<Long, GiftQuestion> found = new HashMap<>();
        List<Long> missing = revisionIds.stream().distinct().filter(id -> {
            GiftQuestion question = parsed.get(id);
            if (question != null) {
                found.put(id, question);
            }
            return question == null;
        }).toList();
        if (!missing.isEmpty()) {
            jdbc.sql("SELECT id, gift FROM question_revision WHERE id IN (:ids)").param("ids", missing)
                    .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(row -> {
                        GiftQuestion question = parse(row.getKey(), row.getValue());
                        parsed.put(row.getKey(), question);
                        found.put(row.getKey(), question);
                    });
        }
        return found;
    }

    private static GiftQuestion parse(long revisionId, String gift) {
        GiftDocument document = GiftParser.parse(gift);
        if (document.questions().size() != 1) {
            throw new IllegalStateException("Question revision " + revisionId + " does not hold exactly one question");
        }
        return document.questions().get(0);
    }
}

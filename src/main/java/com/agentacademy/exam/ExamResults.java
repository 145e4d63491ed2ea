package com.agentacademy.exam;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.agentacademy.security.StoredTime;

/** What other modules may ask about a person's graded exam attempts. */
@Service
public class ExamResults {

    /** One graded attempt. */
    public record Result(String examSlug, String examTitle, long attemptId, double percent, boolean passed,
            Instant finishedAt) {
    }

    private final JdbcClient jdbc;

    ExamResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's graded attempts of any of these exams, newest first. */
    public List<Result> graded(long personId, Collection<String> examSlugs) {
        if (examSlugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT e.slug, e.title, a.id, a.percent, a.passed, a.finished_at
                FROM exam_attempt a JOIN exam e ON e.id = a.exam_id
                WHERE a.person_id = :person AND e.slug IN (:slugs) AND a.graded_at IS NOT NULL
                ORDER BY a.finished_at DESC, a.id DESC""")
                .param("person", personId).param("slugs", examSlugs)
                .query((rs, row) -> new Result(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getDouble(4),
                        rs.getBoolean(5), StoredTime.instant(rs, 6)))
                .list();
    }

    /** The titles of those of these exams that exist, by slug. */
    public Map<String, String> titles(Collection<String> examSlugs) {
        if (examSlugs.isEmpty()) {
            return Map.of();
        }
        Map<String, String> titles = new HashMap<>();
        jdbc.sql("SELECT slug, title FROM exam WHERE slug IN (:slugs)").param("slugs", examSlugs)
                .query(rs -> {
                    titles.put(rs.getString(1), rs.getString(2));
                });
        return titles;
    }

    /** The person's newest pass of any of these exams. */
    public Optional<Result> latestPass(long personId, Collection<String> examSlugs) {
        return graded(personId, examSlugs).stream().filter(Result::passed).findFirst();
    }
}

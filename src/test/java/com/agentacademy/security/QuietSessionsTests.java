package com.agentacademy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The session repository writes the last access time at most once a minute and answers the
 * read-back after a save from the saved session, within one request only; attribute changes and
 * deletions go through as before.
 */
class QuietSessionsTests {

    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    final CountingSessions stored = new CountingSessions();
    /** Transactions the repository opened for writing. */
    int transactions;

    final QuietSessions<MapSession> sessions = new QuietSessions<>(stored, () -> new TransactionOperations() {
        @Override
        public <T> T execute(org.springframework.transaction.support.TransactionCallback<T> action) {
            transactions++;
            return TransactionOperations.withoutTransaction().execute(action);
        }
    });

    @AfterEach
    void endRequest() {
        QuietSessions.forgetSaved();
    }

    @Test
    void aRequestWithinAMinuteOfTheLastWriteLeavesTheLastAccessTimeAsStored() {
        String id = storedSession(NOW);

        var session = sessions.findById(id);
        session.setLastAccessedTime(NOW.plusSeconds(59));
        sessions.save(session);

        assertThat(stored.sessions.get(id).getLastAccessedTime()).isEqualTo(NOW);
    }

    @Test
    void aRequestAMinuteAfterTheLastWriteWritesTheLastAccessTime() {
        String id = storedSession(NOW);

        var session = sessions.findById(id);
        session.setLastAccessedTime(NOW.plus(QuietSessions.WRITE_ACCESS_EVERY));
        sessions.save(session);

        assertThat(stored.sessions.get(id).getLastAccessedTime()).isEqualTo(NOW.plus(QuietSessions.WRITE_ACCESS_EVERY));
    }

    @Test
    void attributesAreWrittenEveryTime() {
        String id = storedSession(NOW);

        var session = sessions.findById(id);
        session.setLastAccessedTime(NOW.plusSeconds(5));
        session.setAttribute("token", "new");
        sessions.save(session);

        assertThat(stored.sessions.get(id).<String>getAttribute("token")).isEqualTo("new");
    }

    @Test
    void onlyASessionWithSomethingToWriteOpensATransaction() {
        String id = storedSession(NOW);

        var unchanged = sessions.findById(id);
        unchanged.setLastAccessedTime(NOW.plusSeconds(5));
        sessions.save(unchanged);
        assertThat(transactions).as("a request that changed nothing").isZero();

        QuietSessions.forgetSaved();
        var changed = sessions.findById(id);
        changed.setAttribute("token", "new");
        sessions.save(changed);
        sessions.save(changed);
        assertThat(transactions).as("one change, saved twice in a request").isEqualTo(1);
    }

    @Test
    void theReadBackAfterASaveIsAnsweredWithoutTheDatabase() {
        String id = storedSession(NOW);
        var session = sessions.findById(id);
        sessions.save(session);
        int reads = stored.reads;

        assertThat(sessions.findById(id)).isSameAs(session);
        assertThat(stored.reads).isEqualTo(reads);
    }

    @Test
    void theNextRequestReadsTheDatabaseAgainAndSeesASessionEndedElsewhere() {
        String id = storedSession(NOW);
        sessions.save(sessions.findById(id));
        QuietSessions.forgetSaved();

        stored.deleteById(id);

        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void aSessionSavedForAnotherIdIsNotTakenForThisOne() {
        String first = storedSession(NOW);
        String second = storedSession(NOW);
        sessions.save(sessions.findById(first));
        int reads = stored.reads;

        assertThat(sessions.findById(second).getId()).isEqualTo(second);
        assertThat(stored.reads).isEqualTo(reads + 1);
    }

    private String storedSession(Instant lastAccess) {
        MapSession session = new MapSession();
        session.setLastAccessedTime(lastAccess);
        session.setMaxInactiveInterval(Duration.ofDays(365 * 100));
        session.setAttribute("token", "old");
        stored.save(session);
        return session.getId();
    }

    /** Sessions in a map, copied in and out like a database would, counting the reads. */
    static class CountingSessions implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> sessions = new HashMap<>();
        int reads;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}

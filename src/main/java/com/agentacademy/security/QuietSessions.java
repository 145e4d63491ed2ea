package com.agentacademy.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The database's session repository with two round trips fewer per request. Spring Session writes
 * the session's last access time after every request, and then reads the session back to check
 * that it is still valid: on a page that only saves one answer, those were two of the three
 * database transactions. Here the last access time is written only once it is
 * {@link #WRITE_ACCESS_EVERY} old, so a session expires at most that much early (on a 30-minute
 * timeout), and the read-back after a save is answered with the session just saved, never beyond
 * the request that saved it (see {@link #forgetSaved()}). Everything else, including every change of
 * an attribute (the signed-in person, the CSRF token), is written as before.
 * <p>
 * The repository underneath runs without transactions (see
 * {@code SessionConfiguration.springSessionTransactionOperations}), so a read is a single statement;
 * a save or a delete, which may be several, runs here in a transaction of its own.
 */
final class QuietSessions<S extends Session> implements FindByIndexNameSessionRepository<QuietSessions.QuietSession<S>> {

    /** How old the stored last access time may grow before a request writes it again. */
    static final Duration WRITE_ACCESS_EVERY = Duration.ofMinutes(1);

    private static final ThreadLocal<QuietSession<?>> SAVED = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;

    /** The transactions of saves and deletes (made on first use, once the transaction manager exists). */
    private final Supplier<TransactionOperations> writes;

    QuietSessions(FindByIndexNameSessionRepository<S> sessions, Supplier<TransactionOperations> writes) {
        this.sessions = sessions;
        this.writes = writes;
    }

    /** Forgets the session saved on this thread; called when each request ends. */
    static void forgetSaved() {
        SAVED.remove();
    }

    @Override
    public QuietSession<S> createSession() {
        QuietSession<S> created = new QuietSession<>(sessions.createSession());
        created.changed = true;
        return created;
    }

    @Override
    public void save(QuietSession<S> session) {
        if (session.changed) {
            writes.get().executeWithoutResult(status -> sessions.save(session.stored));
            session.changed = false;
        }
        else {
            sessions.save(session.stored); // nothing to write: no transaction opened for it
        }
        SAVED.set(session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public QuietSession<S> findById(String id) {
        QuietSession<?> saved = SAVED.get();
        SAVED.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return (QuietSession<S>) saved;
        }
        S found = sessions.findById(id);
        return found == null ? null : new QuietSession<>(found);
    }

    @Override
    public void deleteById(String id) {
        SAVED.remove();
        writes.get().executeWithoutResult(status -> sessions.deleteById(id));
    }

    @Override
    public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new QuietSession<>(entry.getValue())));
    }

    /** A stored session whose last access time moves only when the stored one is old enough. */
    static final class QuietSession<S extends Session> implements Session {

        private final S stored;

        /** Whether anything was set through this session since it was read or last saved. */
        private boolean changed;

        QuietSession(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(WRITE_ACCESS_EVERY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
            changed = true;
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
            changed = true;
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}

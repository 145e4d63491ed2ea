package com.agentacademy.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.agentacademy.security.StoredTime;

/**
 * In-app notifications: a list per person with an unread count. The text is a message key with
 * arguments, so that each person reads it in their own language, whenever they read it.
 */
@Service
public class Notifications {

    /** One notification as stored. */
    public record Notification(long id, String kind, String messageKey, List<String> arguments, String link,
            String details, Instant createdAt, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    private static final String SEPARATOR = "\u001f";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MailNotices mail;

    Notifications(JdbcClient jdbc, Clock clock, MailNotices mail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.mail = mail;
    }

    /**
     * Tells a person something in the app and, when the server has an SMTP server configured and
     * the person an e-mail address, by e-mail as well: at once, or in the day's summary for a
     * person who chose one (see {@link MailDigest}). Inside a transaction the e-mail leaves after
     * the commit, so that a rolled-back change mails nobody.
     */
    public void tellAndMail(long personId, String kind, String messageKey, List<String> arguments, String link,
            String details) {
        boolean digest = jdbc.sql("SELECT mail_digest FROM person WHERE id = ?").param(personId).query(Boolean.class)
                .optional().orElse(false);
        store(personId, kind, messageKey, arguments, link, details, digest);
        if (digest) {
            return;
        }
        Runnable send = () -> mail.send(personId, messageKey, arguments, link, details);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // only once the notice is stored for good, and without holding the caller's connection
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        }
        else {
            send.run();
        }
    }

    /**
     * Tells a person something.
     *
     * @param kind what it is about, for example {@code CERTIFICATE_EXPIRING}
     * @param messageKey the text, from the message bundles
     * @param arguments what the text names
     * @param link where the person can act on it, or {@code null}
     * @param details a longer text shown below it (for example a summary of changes), or {@code null}
     */
    public void tell(long personId, String kind, String messageKey, List<String> arguments, String link,
            String details) {
        store(personId, kind, messageKey, arguments, link, details, false);
    }

    private void store(long personId, String kind, String messageKey, List<String> arguments, String link,
            String details, boolean mailPending) {
        jdbc.sql("""
                INSERT INTO notification (person_id, kind, message_key, arguments, link, details, created_at,
                    mail_pending)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(personId, kind, messageKey, String.join(SEPARATOR, arguments), link, details,
                StoredTime.of(clock.instant()), mailPending).update();
    }

    public long unreadCount(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = ? AND read_at IS NULL").param(personId)
                .query(Long.class).single();
    }

    /** The person's notifications, newest first, at most {@code limit}. */
    public List<Notification> of(long personId, int limit) {
        return jdbc.sql("""
                SELECT id, kind, message_key, arguments, link, details, created_at, read_at FROM notification
                WHERE person_id = ? ORDER BY created_at DESC, id DESC LIMIT %d""".formatted(limit))
                .param(personId).query(Notifications::notification).list();
    }

    /** The notifications waiting for the daily summary e-mail, oldest first. */
    List<Notification> waitingForDigest(long personId) {
        return jdbc.sql("""
                SELECT id, kind, message_key, arguments, link, details, created_at, read_at FROM notification
                WHERE person_id = ? AND mail_pending = TRUE ORDER BY created_at, id""")
                .param(personId).query(Notifications::notification).list();
    }

    /** The people with notifications waiting for the daily summary. */
    List<Long> peopleWaitingForDigest() {
        return jdbc.sql("SELECT DISTINCT person_id FROM notification WHERE mail_pending = TRUE ORDER BY person_id")
                .query(Long.class).list();
    }

    /** Marks notifications as summarised; answers how many were still waiting. */
    int digested(List<Long> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("UPDATE notification SET mail_pending = FALSE WHERE id IN (:ids) "
                + "AND mail_pending = TRUE").param("ids", ids).update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4).isEmpty() ? List.of() : Arrays.asList(rs.getString(4).split(SEPARATOR, -1)),
                rs.getString(5), rs.getString(6), StoredTime.instant(rs, 7), StoredTime.instant(rs, 8));
    }

    /** Marks all of the person's notifications read; another person's are never touched. */
    public int markAllRead(long personId) {
        return jdbc.sql("UPDATE notification SET read_at = ? WHERE person_id = ? AND read_at IS NULL")
                .params(StoredTime.of(clock.instant()), personId).update();
    }
}

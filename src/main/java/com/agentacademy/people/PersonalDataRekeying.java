package com.agentacademy.people;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.agentacademy.security.PersonalDataCipher;
import com.agentacademy.security.PersonalDataProperties;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Moves phone and ID numbers written under an older key to the current one, so that an old key
 * can be retired after a rotation. It works through people in batches of
 * {@code academy.personal-data.rekey-batch}, each batch in its own transaction, and changes a value
 * only if it is still the one it read, so it is safe to run while people are being edited and to
 * run again: a second run finds nothing to do. One instance runs it at a time (ShedLock), every
 * {@code academy.personal-data.rekey-every}; administrators can also start it from the people list.
 * A value that does not decrypt is logged by person id and left as it is.
 */
@Component
class PersonalDataRekeying {

    /** What one run did. */
    record Run(int moved, int failed) {
    }

    private record Stored(long id, String phone, String nationalId) {
    }

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRekeying.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transactions;
    private final int batch;

    PersonalDataRekeying(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate transactions,
            PersonalDataProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transactions = transactions;
        this.batch = properties.rekeyBatch();
    }

    @Scheduled(fixedDelayString = "${academy.personal-data.rekey-every:PT1H}",
            initialDelayString = "${academy.personal-data.rekey-every:PT1H}")
    @SchedulerLock(name = "personal-data-rekeying", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    void scheduled() {
        Run run = run();
        if (run.moved() + run.failed() > 0) {
            log.info("Personal data re-encrypted with key {}: values={} failed={}", cipher.currentKeyId(), run.moved(),
                    run.failed());
        }
    }

    Run run() {
        String prefix = cipher.currentKeyId() + ":";
        long after = 0;
        int moved = 0;
        int failed = 0;
        while (true) {
            List<Stored> rows = jdbc.sql("""
                    SELECT id, phone, national_id FROM person
                    WHERE id > ? AND ((phone IS NOT NULL AND LEFT(phone, ?) <> ?)
                        OR (national_id IS NOT NULL AND LEFT(national_id, ?) <> ?))
                    ORDER BY id LIMIT ?""")
                    .params(after, prefix.length(), prefix, prefix.length(), prefix, batch)
                    .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            if (rows.isEmpty()) {
                return new Run(moved, failed);
            }
            int[] counts = transactions.execute(status -> {
                int[] done = new int[2];
                for (Stored row : rows) {
                    count(done, rekey(row.id(), "phone", PersonalData.PHONE_COLUMN, row.phone()));
                    count(done, rekey(row.id(), "national_id", PersonalData.NATIONAL_ID_COLUMN, row.nationalId()));
                }
                return done;
            });
            moved += counts[0];
            failed += counts[1];
            after = rows.get(rows.size() - 1).id();
        }
    }

    private static void count(int[] done, Boolean outcome) {
        if (outcome != null) {
            done[outcome ? 0 : 1]++;
        }
    }

    /** {@code true} moved, {@code false} failed, {@code null} nothing to do. */
    private Boolean rekey(long personId, String column, String associatedData, String stored) {
        if (stored == null || cipher.isCurrent(stored)) {
            return null;
        }
        String value;
        try {
            value = cipher.decrypt(stored, associatedData);
        }
        catch (PersonalDataCipher.Undecryptable ex) {
            log.error("Person {}: {} does not decrypt with any configured key; left as it is", personId, column);
            return false;
        }
        // only if nobody changed it since it was read; a changed value was written with the current key
        int changed = jdbc.sql("UPDATE person SET " + column + " = ? WHERE id = ? AND " + column + " = ?")
                .params(cipher.encrypt(value, associatedData), personId, stored).update();
        return changed == 1 ? Boolean.TRUE : null;
    }
}

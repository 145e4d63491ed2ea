package com.agentacademy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.agentacademy.security.PersonalDataCipher;

/**
 * Phone and ID numbers are AES-GCM ciphertext in the database: the raw column never holds the
 * number, the same number twice is stored differently, a changed byte or a value moved to another
 * column is refused rather than read as something else, values written under an older key still
 * read after a rotation, and the re-encryption job moves every value to the current key in
 * batches, safely again and again. The context's keys are {@code k2} (current) and {@code k1}.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:personal-data-encryption;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "academy.personal-data.rekey-batch=3",
        "academy.personal-data.keys=k2:" + PersonalDataEncryptionTests.NEW_KEY + ",k1:" + PersonalDataEncryptionTests.OLD_KEY })
@AutoConfigureMockMvc
class PersonalDataEncryptionTests {

    static final String OLD_KEY = "c2l4dGVlbi1ieXRlcy1vbGQta2V5LWZvci10ZXN0cyE=";
    static final String NEW_KEY = "bmV3LWtleS10aGlydHktdHdvLWJ5dGVzLWxvbmcuLi4=";

    static final String PHONE = "13812345678";
    static final String NATIONAL_ID = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    PersonalDataRekeying rekeying;

    @Test
    void theFirstKeyOfTheSettingIsTheCurrentOne() {
        assertThat(cipher.currentKeyId()).isEqualTo("k2");
    }

    @Test
    @WithUserDetails("hr")
    void aRawSelectShowsCiphertextNotTheNumber() throws Exception {
        long id = create("enc.raw", "ER001", "138 1234 5678", "11010519491231002x");

        Raw raw = raw(id);

        assertThat(raw.phone()).startsWith("k2:").doesNotContain(PHONE).doesNotContain("1234");
        assertThat(raw.nationalId()).startsWith("k2:").doesNotContain(NATIONAL_ID).doesNotContain("002X");
        assertThat(Base64.getDecoder().decode(raw.phone().substring(3))).hasSize(12 + PHONE.length() + 16);
        Person read = persons.findById(id).orElseThrow();
        assertThat(read.getPhone()).isEqualTo(PHONE);
        assertThat(read.getNationalId()).isEqualTo(NATIONAL_ID);
    }

    @Test
    @WithUserDetails("hr")
    void aPersonSavedAgainOutsideTheTransactionThatReadItStillShowsItsNumbersAndKeepsThem() throws Exception {
        long id = create("enc.merged", "EM001", PHONE, NATIONAL_ID);
        String stored = raw(id).phone();

        Person detached = persons.findById(id).orElseThrow();
        Person merged = persons.save(detached);

        assertThat(merged.getPhone()).isEqualTo(PHONE);
        assertThat(merged.getNationalId()).isEqualTo(NATIONAL_ID);
        assertThat(raw(id).phone()).as("not encrypted again").isEqualTo(stored);
    }

    @Test
    @WithUserDetails("hr")
    void theSameNumberTwiceIsStoredDifferently() throws Exception {
        long first = create("enc.twice1", "ET001", PHONE, NATIONAL_ID);
        long second = create("enc.twice2", "ET002", PHONE, NATIONAL_ID);

        assertThat(raw(first).phone()).isNotEqualTo(raw(second).phone());
        assertThat(raw(first).nationalId()).isNotEqualTo(raw(second).nationalId());
        assertThat(cipher.encrypt(PHONE, "person.phone")).isNotEqualTo(cipher.encrypt(PHONE, "person.phone"));
    }

    @Test
    @WithUserDetails("hr")
    void aChangedByteFailsClosed() throws Exception {
        long id = create("enc.tampered", "EC001", PHONE, NATIONAL_ID);
        String stored = raw(id).phone();
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[20] ^= 1;
        jdbc.sql("UPDATE person SET phone = ? WHERE id = ?")
                .params("k2:" + Base64.getEncoder().encodeToString(bytes), id).update();

        Person person = persons.findById(id).orElseThrow(); // loading decrypts nothing: only reading the number does
        assertThatThrownBy(person::getPhone).hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class)
                .satisfies(thrown -> assertThat(chain(thrown)).doesNotContain(PHONE))
                .hasStackTraceContaining(PersonalDataCipher.Undecryptable.class.getSimpleName());
        assertThatThrownBy(() -> cipher.decrypt(stored, "person.national_id"))
                .isInstanceOf(PersonalDataCipher.Undecryptable.class);
        assertThatThrownBy(() -> cipher.decrypt("k9:" + stored.substring(3), "person.phone"))
                .isInstanceOf(PersonalDataCipher.Undecryptable.class).hasMessageNotContaining(PHONE);
        assertThatThrownBy(() -> cipher.decrypt("k2:AAAA", "person.phone"))
                .isInstanceOf(PersonalDataCipher.Undecryptable.class);
    }

    @Test
    void rowsWrittenUnderAnOldKeyStillReadAndTheJobMovesThemAllToTheCurrentKey() throws Exception {
        PersonalDataCipher old = PersonalDataCipher.of("k1:" + OLD_KEY, "");
        List<Long> ids = jdbc.sql("SELECT id FROM person ORDER BY id").query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("UPDATE person SET phone = ?, national_id = ? WHERE id = ?")
                    .params(old.encrypt("1390000" + String.format("%04d", id), "person.phone"),
                            old.encrypt(NATIONAL_ID, "person.national_id"), id)
                    .update();
        }
        assertThat(ids).hasSizeGreaterThan(7);
        long sample = ids.get(ids.size() - 1);
        assertThat(raw(sample).phone()).startsWith("k1:");
        assertThat(persons.findById(sample).orElseThrow().getPhone()).isEqualTo("1390000" + String.format("%04d", sample));

        PersonalDataRekeying.Run first = rekeying.run();

        assertThat(first.moved()).isEqualTo(ids.size() * 2);
        assertThat(first.failed()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE phone LIKE 'k1:%' OR national_id LIKE 'k1:%'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE phone LIKE 'k2:%' AND national_id LIKE 'k2:%'")
                .query(Integer.class).single()).isEqualTo(ids.size());
        assertThat(persons.findById(sample).orElseThrow().getPhone()).isEqualTo("1390000" + String.format("%04d", sample));
        assertThat(persons.findById(sample).orElseThrow().getNationalId()).isEqualTo(NATIONAL_ID);
        assertThat(rekeying.run().moved()).as("a second run finds nothing to do").isZero();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorStartsTheJobAndItIsRecorded() throws Exception {
        PersonalDataCipher old = PersonalDataCipher.of("k1:" + OLD_KEY, "");
        long id = jdbc.sql("SELECT id FROM person WHERE username = 'agent3'").query(Long.class).single();
        jdbc.sql("UPDATE person SET phone = ? WHERE id = ?").params(old.encrypt(PHONE, "person.phone"), id).update();

        mvc.perform(post("/people/personal-data/rekey").with(csrf())).andExpect(redirectedUrl("/people"));

        assertThat(raw(id).phone()).startsWith("k2:");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'PERSONAL_DATA_REKEYED'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("hr")
    void onlyAdministratorsStartTheJob() throws Exception {
        mvc.perform(post("/people/personal-data/rekey").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aValueThatDoesNotDecryptIsLeftAndCounted() {
        PersonalDataCipher stranger = PersonalDataCipher.of("k1:" + Base64.getEncoder().encodeToString(random32()), "");
        long id = jdbc.sql("SELECT id FROM person WHERE username = 'agent4'").query(Long.class).single();
        String foreign = stranger.encrypt(PHONE, "person.phone");
        jdbc.sql("UPDATE person SET phone = ?, national_id = NULL WHERE id = ?").params(foreign, id).update();

        PersonalDataRekeying.Run run = rekeying.run();

        assertThat(run.failed()).isEqualTo(1);
        assertThat(raw(id).phone()).isEqualTo(foreign);
    }

    /** Whatever a test wrote, tampered with or left unreadable goes, whether it passed or not. */
    @AfterEach
    void forgetTheNumbers() {
        jdbc.sql("UPDATE person SET phone = NULL, national_id = NULL").update();
    }

    record Raw(String phone, String nationalId) {
    }

    private Raw raw(long id) {
        return jdbc.sql("SELECT phone, national_id FROM person WHERE id = ?").param(id)
                .query((rs, row) -> new Raw(rs.getString(1), rs.getString(2))).single();
    }

    private long create(String username, String number, String phone, String nationalId) throws Exception {
        mvc.perform(post("/people").with(csrf()).param("username", username).param("employeeNumber", number)
                .param("displayName", "Encrypted " + number).param("email", username + "@example.test")
                .param("phone", phone).param("nationalId", nationalId).param("roles", "AGENT"))
                .andExpect(status().is3xxRedirection());
        return persons.findByUsername(username).orElseThrow().getId();
    }

    private static String chain(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static byte[] random32() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

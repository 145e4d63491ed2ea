package com.agentacademy.exam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.SiteClient;

/**
 * On the real server a file over the multipart limit never reaches the upload method; the trainer
 * still gets a page that says what happened, not a broken connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GiftUploadLimitTests {

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheLimitIsRefusedWithAMessage() throws Exception {
        var site = new SiteClient(port);
        site.signIn("trainer", "demo-academy-2026");
        String token = SiteClient.csrfToken(site.get("/exams/banks/go-live-en").body());
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        Arrays.fill(twentyMegabytes, (byte) 'a');

        var refused = site.postFile("/exams/banks/go-live-en/import", Map.of("_csrf", token), "huge.gift",
                twentyMegabytes);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("A file you upload can be at most 5 MB, so nothing was saved.");
    }
}

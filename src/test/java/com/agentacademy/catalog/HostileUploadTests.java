package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hostile uploads of images and question banks: a file is judged by its bytes, never by its name
 * or the type the browser claims; what is refused says why and stores nothing; what is accepted is
 * stored under a name made from its content and served with its real type, {@code nosniff} and the
 * site's content security policy, so that even an image that is also a script or a page stays an image.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile-uploads;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class HostileUploadTests {

    private static final String IMAGES = "/authoring/courses/handset-products/images";

    /** An upload the image check must refuse, with the reason it gives. */
    record Refused(String name, String fileName, String claimedType, byte[] bytes, String reason) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Refused> hostileImages() throws IOException {
        byte[] huge = Arrays.copyOf(TinyPng.BYTES, ImageType.MAX_BYTES + 1);
        return List.of(
                new Refused("an HTML page named .png", "photo.png", "image/png",
                        "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "authoring.image.type"),
                new Refused("an SVG with a script", "logo.svg", "image/svg+xml",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"
                                .getBytes(StandardCharsets.UTF_8), "authoring.image.type"),
                new Refused("an SVG with an XML prolog named .png", "logo.png", "image/png",
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"data:x\"/></svg>"
                                .getBytes(StandardCharsets.UTF_8), "authoring.image.type"),
                new Refused("a zip archive named .jpg", "photo.jpg", "image/jpeg", zip(), "authoring.image.type"),
                new Refused("a PDF named .gif", "photo.gif", "image/gif",
                        "%PDF-1.7\n1 0 obj<</JS (app.alert(1))>>endobj".getBytes(StandardCharsets.UTF_8), "authoring.image.type"),
                new Refused("a RIFF file that is not WebP", "sound.webp", "image/webp",
                        "RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1), "authoring.image.type"),
                new Refused("a PNG signature alone", "tiny.png", "image/png", Arrays.copyOf(TinyPng.BYTES, 8),
                        "authoring.image.type"),
                new Refused("an empty file", "empty.png", "image/png", new byte[0], "authoring.image.size"),
                new Refused("an image over 2 MB", "huge.png", "image/png", huge, "authoring.image.size"));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileImages")
    void aFileThatIsNotASafeImageIsRefusedAndNothingIsStored(Refused refused) throws Exception {
        long before = images();

        mvc.perform(multipart(IMAGES).file(new MockMultipartFile("file", refused.fileName(), refused.claimedType(),
                        refused.bytes())).with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("failure", refused.reason()));

        assertThat(images()).isEqualTo(before);
    }

    /** Names that climb out of folders, name a device, carry a header or disguise their ending. */
    static List<String> hostileNames() {
        return List.of("../../etc/passwd.png", "/etc/shadow", "C:\\Windows\\System32\\evil.png", "..\\..\\web.xml",
                "%2e%2e%2fevil.png", "photo\u202Egnp.exe", "a\r\nSet-Cookie: session=stolen.png", "\u0000.png",
                "x".repeat(1000) + ".png", "图片 照片.png", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void anImageIsStoredUnderTheHashOfItsContentWhateverItsName(String fileName) throws Exception {
        var result = mvc.perform(multipart(IMAGES).file(new MockMultipartFile("file", fileName, "text/html", TinyPng.BYTES))
                .with(csrf()).with(as("trainer"))).andReturn();

        assertThat((String) result.getFlashMap().get("uploadedImage")).matches("images/[0-9a-f]{16}\\.png");
        assertThat(jdbc.sql("SELECT name FROM course_image").query(String.class).list())
                .allMatch(name -> name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,119}"));
    }

    /** Files whose first bytes are an image's and whose rest is a script or a page. */
    static List<byte[]> polyglots() {
        byte[] gifScript = "GIF89a=1;alert(document.domain)//\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pngPage = concat(TinyPng.BYTES, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        byte[] jpegSvg = concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 },
                "<svg onload=alert(1)>........".getBytes(StandardCharsets.UTF_8));
        return List.of(gifScript, pngPage, jpegSvg);
    }

    @ParameterizedTest
    @MethodSource("polyglots")
    void anImageThatIsAlsoAScriptIsServedOnlyAsAnImage(byte[] polyglot) throws Exception {
        var result = mvc.perform(multipart(IMAGES).file(new MockMultipartFile("file", "x.html", "text/html", polyglot))
                .with(csrf()).with(as("trainer"))).andReturn();
        String path = (String) result.getFlashMap().get("uploadedImage");

        mvc.perform(get("/courses/handset-products/" + path).with(as("agent")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.matchesPattern("image/(png|jpeg|gif|webp)")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    @Test
    void aBinaryFileUploadedAsAQuestionBankIsRefusedAtItsLineAndChangesNothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM question_revision").query(Long.class).single();

        String page = mvc.perform(multipart("/exams/banks/go-live-en/import")
                        .file(new MockMultipartFile("file", "../../bank.gift", "text/plain", zip()))
                        .cookie(new Cookie("academy-lang", "en")).with(csrf()).with(as("trainer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Jsoup.parse(page).select("#import-problems li").eachText()).containsExactly(
                "bank.gift:1: contains the control character U+0003, which text does not have; is this a binary file?");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM question_revision").query(Long.class).single()).isEqualTo(before);
    }

    private long images() {
        return jdbc.sql("SELECT COUNT(*) FROM course_image").query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }

    private static byte[] zip() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../evil.png"));
            zip.write(TinyPng.BYTES);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}

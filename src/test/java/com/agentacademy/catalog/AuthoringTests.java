package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The trainers' pages through the web layer: who may use them, conflicts, uploads, re-import, feedback. */
@SpringBootTest
@AutoConfigureMockMvc
class AuthoringTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Autowired
    CourseRepository courses;

    @Autowired
    CourseModuleRepository modules;

    @Autowired
    ModulePublishing publishing;

    @Autowired
    ModuleFeedbackRepository feedback;

    @Test
    void agentsMayNotAuthor() throws Exception {
        mvc.perform(get("/authoring").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/authoring/import").with(csrf()).with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/authoring/feedback").with(as("qa"))).andExpect(status().isForbidden());
    }

    @Test
    void theSecondTrainerToSaveIsRefusedAndKeepsTheirText() throws Exception {
        CourseModule module = modules.save(new CourseModule(courses.findBySlug("service-manual").orElseThrow().getId(),
                "two-editors", 99));
        mvc.perform(post("/authoring/modules/{id}", module.getId()).param("lang", "en").param("action", "publish")
                .param("title", "Two editors").param("minutes", "5").param("markdown", "First text.")
                .with(csrf()).with(as("trainer"))).andExpect(status().is3xxRedirection());
        ModuleRevision opened = publishing.latest(module.getId(), ContentLocale.EN).orElseThrow();

        mvc.perform(post("/authoring/modules/{id}", module.getId()).param("lang", "en").param("action", "save")
                        .param("title", "Two editors").param("minutes", "5").param("markdown", "Alice's change.")
                        .param("baseRevisionId", opened.getId().toString())
                        .param("baseVersion", Long.toString(opened.getVersion()))
                        .with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("success", "editor.saved"));
        mvc.perform(post("/authoring/modules/{id}", module.getId()).param("lang", "en").param("action", "save")
                        .param("title", "Two editors").param("minutes", "5").param("markdown", "Bob's different change.")
                        .param("baseRevisionId", opened.getId().toString())
                        .param("baseVersion", Long.toString(opened.getVersion()))
                        .with(csrf()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this module since you opened it")))
                .andExpect(content().string(containsString("Bob&#39;s different change.")));

        assertThat(publishing.latest(module.getId(), ContentLocale.EN).orElseThrow().getMarkdown()).isEqualTo("Alice's change.");
    }

    @Test
    void anUploadIsCheckedByItsContentAndNamedByItsHash() throws Exception {
        var fakePng = new MockMultipartFile("file", "../../etc/passwd.png", "image/png", "<svg onload=alert(1)>".getBytes());
        mvc.perform(multipart("/authoring/courses/handset-products/images").file(fakePng).with(csrf()).with(as("trainer")))
                .andExpect(flash().attribute("failure", "authoring.image.type"));

        var png = new MockMultipartFile("file", "../../evil name.png", "text/plain", TinyPng.BYTES);
        var result = mvc.perform(multipart("/authoring/courses/handset-products/images").file(png).with(csrf())
                        .with(as("trainer")))
                .andReturn();

        String markdownPath = (String) result.getFlashMap().get("uploadedImage");
        assertThat(markdownPath).matches("images/[0-9a-f]{16}\\.png");
        mvc.perform(get("/courses/handset-products/" + markdownPath).with(as("agent")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(TinyPng.BYTES));
    }

    @Test
    void reimportShowsTheReport() throws Exception {
        mvc.perform(post("/authoring/import").with(csrf()).with(as("trainer"))).andExpect(redirectedUrl("/authoring/import"));
        mvc.perform(get("/authoring/import").with(as("trainer")))
                .andExpect(content().string(containsString("courses=8")))
                .andExpect(content().string(containsString("No problems")));
    }

    @Test
    void anAgentsReportReachesTheTrainersAndTheAnswerComesBack() throws Exception {
        mvc.perform(post("/courses/troubleshooting/modules/overheating/feedback").param("kind", "PROBLEM")
                        .param("text", "The table says 45 °C but the facts sheet says 43 °C.")
                        .with(csrf()).with(as("agent3")))
                .andExpect(flash().attribute("success", "feedback.sent"));
        mvc.perform(get("/authoring/feedback").with(as("trainer")))
                .andExpect(content().string(containsString("The table says 45 °C")));
        ModuleFeedback item = feedback.findAll().stream()
                .filter(candidate -> candidate.getText().startsWith("The table says 45")).findFirst().orElseThrow();

        mvc.perform(post("/authoring/feedback/{id}", item.getId()).param("status", "FIXED")
                .param("answer", "Thanks, corrected in revision 2.").with(csrf()).with(as("trainer")));

        mvc.perform(get("/feedback").with(as("agent3")))
                .andExpect(content().string(containsString("Fixed")))
                .andExpect(content().string(containsString("Thanks, corrected in revision 2.")));
        mvc.perform(get("/feedback").with(as("agent4")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("The table says 45"))));
    }

    @Test
    void theCatalogListsATracksCoursesInTheirOrder() throws Exception {
        String page = mvc.perform(get("/courses").with(as("agent"))).andReturn().getResponse().getContentAsString();
        String serviceTrack = page.substring(page.indexOf("id=\"track-service-manual\""), page.indexOf("id=\"track-after-sales\""));

        assertThat(serviceTrack.indexOf("/courses/service-manual\"")).isPositive()
                .isLessThan(serviceTrack.indexOf("/courses/quality-and-feedback\""));
    }

    @Test
    void readingPositionAndFeedbackNeedAPublishedModule() throws Exception {
        mvc.perform(post("/courses/troubleshooting/modules/no-such-module/position").param("percent", "10")
                .with(csrf()).with(as("agent4"))).andExpect(status().isNotFound());
        mvc.perform(post("/courses/no-such-course/modules/weak-signal/feedback").param("kind", "PROBLEM")
                .param("text", "x").with(csrf()).with(as("agent4"))).andExpect(status().isNotFound());
    }

    @Test
    void theReaderComesBackToWhereTheAgentStopped() throws Exception {
        String module = "/courses/troubleshooting/modules/weak-signal";
        mvc.perform(post(module + "/position").param("percent", "40").with(csrf()).with(as("agent4")))
                .andExpect(status().isNoContent());

        mvc.perform(get(module).with(as("agent4")))
                .andExpect(content().string(containsString("data-position=\"40\"")));
        mvc.perform(get(module).with(as("agent5")))
                .andExpect(content().string(containsString("data-position=\"0\"")));
    }

    private RequestPostProcessor as(String username) {
        return user(people.loadUserByUsername(username));
    }
}

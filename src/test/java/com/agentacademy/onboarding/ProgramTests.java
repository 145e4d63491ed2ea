package com.agentacademy.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.agentacademy.security.SignedInPerson;

/**
 * Programs from their files and from the browser: the editor's buttons, saving with who and when,
 * refusing a stale or invalid save, a changed file winning over browser edits without hiding it,
 * restoring an earlier revision, and who may do what.
 */
@SpringBootTest(properties = { "academy.content.import-on-startup=true",
        "spring.datasource.url=jdbc:h2:mem:onboarding-programs;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class ProgramTests {

    static final Path ROOT = OnboardingFixture.write("programs");
    static final Path FILE = ROOT.resolve("courses/_programs/starter-program.yml");
    static final String EDIT = "/programs/starter-program/edit";

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("academy.content.exams-dir", () -> ROOT.resolve("exams").toString());
        registry.add("academy.content.courses-dir", () -> ROOT.resolve("courses").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgramImport programImport;

    @Autowired
    ProgramRepository programs;

    @Autowired
    ProgramRevisionRepository revisions;

    @Autowired
    UserDetailsService people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEditorsButtonsReorderAddAndRemoveWithoutStoringAnything() throws Exception {
        Program program = program();

        String page = mvc.perform(form(post(EDIT), program.plan(), program.getRevisionNumber())
                .param("action", "module-down:0:0").with(user(person("trainer"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("value=\"starter/02-products\"")).isLessThan(page.indexOf("value=\"starter/01-welcome\""));

        String added = mvc.perform(form(post(EDIT), program.plan(), program.getRevisionNumber())
                .param("action", "add-module:1").param("weeks[1].moduleToAdd", "starter/02-products")
                .with(user(person("trainer"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(added).contains("name=\"weeks[1].modules[1]\" value=\"starter/02-products\"");
        assertThat(program().getRevisionNumber()).isEqualTo(program.getRevisionNumber());
    }

    @Test
    void anInvalidOrStaleSaveIsRefusedAndKeepsWhatTheTrainerTyped() throws Exception {
        Program program = program();
        ProgramPlan plan = program.plan();

        mvc.perform(form(post(EDIT), plan, program.getRevisionNumber(), "weeks[1].titleEn", "")
                .param("action", "save").with(user(person("trainer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Each week needs an English title.")));
        mvc.perform(form(post(EDIT), plan, program.getRevisionNumber() - 1, "titleEn", "Typed just now")
                .param("action", "save").with(user(person("trainer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed the program since you opened it")))
                .andExpect(content().string(containsString("Typed just now")));

        assertThat(program().getRevisionNumber()).isEqualTo(program.getRevisionNumber());
    }

    @Test
    void browserEditsSurviveAnUnchangedFileAChangedFileWinsAndSaysSoAndTheEditsCanBeRestored() throws Exception {
        Program before = program();
        ProgramPlan plan = before.plan();
        mvc.perform(form(post(EDIT), plan, before.getRevisionNumber(), "weeks[0].titleEn", "Welcome week")
                .param("note", "A friendlier first week").param("action", "save")
                .with(user(person("trainer"))).with(csrf()))
                .andExpect(redirectedUrl("/programs/starter-program")).andExpect(flash().attribute("success", "program.saved"));
        Program edited = program();
        ProgramRevision browser = revisions.findByProgramIdAndNumber(edited.getId(), edited.getRevisionNumber()).orElseThrow();
        assertThat(browser.getOrigin()).isEqualTo(ProgramRevision.Origin.BROWSER);
        assertThat(browser.getPersonId()).isEqualTo(person("trainer").personId());
        assertThat(browser.getNote()).isEqualTo("A friendlier first week");

        assertThat(programImport.importAll(null).unchanged()).isEqualTo(1);
        assertThat(program().plan().weeks().get(0).titleEn()).isEqualTo("Welcome week");

        Files.writeString(FILE, Files.readString(FILE).replace("Second week", "Calls week"));
        assertThat(programImport.importAll(null).updated()).isEqualTo(1);

        Program replaced = program();
        ProgramRevision fromFile = revisions.findByProgramIdAndNumber(replaced.getId(), replaced.getRevisionNumber())
                .orElseThrow();
        assertThat(replaced.plan().weeks()).extracting(ProgramPlan.Week::titleEn)
                .containsExactly("First week", "Calls week", "Go-live");
        assertThat(fromFile.getReplacedNumber()).isEqualTo(browser.getNumber());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'PROGRAM_REPLACED'")
                .param(person("trainer").personId()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/programs/starter-program").with(user(person("hr"))))
                .andExpect(content().string(containsString("replaced the edits made in the browser (revision "
                        + browser.getNumber() + ")")));
        mvc.perform(get("/programs/starter-program/history").with(user(person("trainer"))))
                .andExpect(content().string(containsString("replaced revision " + browser.getNumber())))
                .andExpect(content().string(containsString("Li Jing")));

        mvc.perform(post("/programs/starter-program/history/" + browser.getNumber() + "/restore")
                .with(user(person("trainer"))).with(csrf())).andExpect(redirectedUrl("/programs/starter-program"));

        Program restored = program();
        assertThat(restored.plan()).isEqualTo(browser.plan());
        assertThat(revisions.findByProgramIdAndNumber(restored.getId(), restored.getRevisionNumber()).orElseThrow()
                .getRestoredNumber()).isEqualTo(browser.getNumber());
    }

    @Test
    void aBrokenFileIsNamedByLineAndKeepsTheProgram() throws Exception {
        Path broken = ROOT.resolve("courses/_programs/broken.yml");
        Files.writeString(broken, OnboardingFixture.PROGRAM.replace("starter/03-calls", "starter/03-ghost"));
        try {
            mvc.perform(post("/programs/import").with(user(person("trainer"))).with(csrf()))
                    .andExpect(redirectedUrl("/programs"))
                    .andExpect(flash().attribute("importProblems", List.of("courses/_programs/broken.yml:11: unknown"
                            + " module \"starter/03-ghost\": there is no courses/starter/03-ghost.md")));
            assertThat(programs.findBySlug("broken")).isEmpty();
            assertThat(programs.findBySlug("starter-program")).isPresent();
        }
        finally {
            Files.delete(broken);
        }
    }

    @Test
    void hrReadsProgramsOnlyTrainersChangeThemAndAgentsSeeNone() throws Exception {
        Program program = program();
        mvc.perform(get("/programs/starter-program").with(user(person("hr")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-program\""))));
        mvc.perform(get(EDIT).with(user(person("hr")))).andExpect(status().isForbidden());
        mvc.perform(form(post(EDIT), program.plan(), program.getRevisionNumber()).param("action", "save")
                .with(user(person("hr"))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/programs").with(user(person("agent")))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/starter-program/file").with(user(person("trainer")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("go-live-certification: advanced")));
        mvc.perform(get("/programs/nothing").with(user(person("trainer")))).andExpect(status().isNotFound());
    }

    private Program program() {
        return programs.findBySlug("starter-program").orElseThrow();
    }

    private SignedInPerson person(String username) {
        return (SignedInPerson) people.loadUserByUsername(username);
    }

    /** The editor's fields as the page posts them, with some replaced: name, value, name, value... */
    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, ProgramPlan plan, int revision,
            String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("baseRevision", String.valueOf(revision));
        fields.put("titleEn", plan.titleEn());
        fields.put("titleZh", plan.titleZh() == null ? "" : plan.titleZh());
        fields.put("summaryEn", plan.summaryEn() == null ? "" : plan.summaryEn());
        fields.put("goLiveCertification", plan.goLiveCertification() == null ? "" : plan.goLiveCertification());
        for (int i = 0; i < plan.weeks().size(); i++) {
            ProgramPlan.Week week = plan.weeks().get(i);
            fields.put("weeks[" + i + "].titleEn", week.titleEn());
            fields.put("weeks[" + i + "].titleZh", week.titleZh() == null ? "" : week.titleZh());
            for (int j = 0; j < week.modules().size(); j++) {
                fields.put("weeks[" + i + "].modules[" + j + "]", week.modules().get(j));
            }
            for (int j = 0; j < week.exams().size(); j++) {
                fields.put("weeks[" + i + "].exams[" + j + "]", week.exams().get(j));
            }
        }
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }
}

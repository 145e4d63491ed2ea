package com.agentacademy.exam;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The imported question banks, as trainers and QA specialists see them after start-up. */
@SpringBootTest
@AutoConfigureMockMvc
class ExamBankTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService people;

    @Test
    void trainersSeeEveryImportedExamAndAgentsDoNot() throws Exception {
        mvc.perform(get("/exams/banks").with(user(people.loadUserByUsername("trainer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("go-live-zh")))
                .andExpect(content().string(containsString("Go-live Certification")));
        mvc.perform(get("/exams/banks/go-live-en").with(user(people.loadUserByUsername("qa"))))
                .andExpect(content().string(containsString("go-live/products")))
                .andExpect(content().string(containsString("may still submit for 2 minutes")));
        mvc.perform(get("/exams/banks").with(user(people.loadUserByUsername("agent")))).andExpect(status().isForbidden());
    }
}

package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.agentacademy.support.SiteClient;

/** What the header's menus offer each demo person, and a visitor who has not signed in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationTests {

    static final Set<String> EVERYONE = Set.of("/", "/courses", "/exams", "/notifications", "/account",
            "/account/password", "/feedback", "/certificates", "/career", "/kpis", "/onboarding");

    static final Map<String, Set<String>> MANAGE_MENU = Map.of(
            "agent", Set.of(),
            "qa", Set.of("/exams/banks", "/grading", "/reports/exams"),
            "trainer", Set.of("/authoring", "/exams/banks", "/grading", "/reports/exams", "/accommodations",
                    "/certifications", "/reports/dashboard", "/cohorts", "/programs"),
            "supervisor", Set.of("/career/applications", "/career/eligibility", "/reports/dashboard", "/kpis/team"),
            "hr", Set.of("/accommodations", "/certifications", "/career/applications", "/career/eligibility",
                    "/reports/dashboard", "/career/pipeline", "/career/ladder", "/cohorts", "/programs", "/people",
                    "/teams", "/people/import", "/kpis/team", "/kpis/import"),
            "admin", Set.of("/authoring", "/exams/banks", "/grading", "/reports/exams", "/accommodations",
                    "/certifications", "/career/applications", "/career/eligibility", "/reports/dashboard",
                    "/career/pipeline", "/career/ladder", "/cohorts", "/programs", "/people", "/teams",
                    "/people/import", "/kpis/team", "/kpis/import", "/audit"));

    @LocalServerPort
    int port;

    @Test
    void eachPersonSeesTheirOwnMenusAndTheManageMenuOnlyWithSomethingInIt() throws Exception {
        for (var person : MANAGE_MENU.entrySet()) {
            SiteClient site = new SiteClient(port);
            site.signIn(person.getKey(), "demo-academy-2026");
            Document page = Jsoup.parse(site.get("/courses").body());

            Set<String> expected = new TreeSet<>(EVERYONE);
            expected.addAll(person.getValue());
            assertThat(links(page)).as(person.getKey()).isEqualTo(expected);
            assertThat(page.select("#manage-menu")).as(person.getKey()).hasSize(person.getValue().isEmpty() ? 0 : 1);
            assertThat(page.select("#account-menu").text()).as(person.getKey()).isNotBlank();
        }
    }

    @Test
    void aVisitorWhoHasNotSignedInIsOfferedNoMenu() throws Exception {
        Document page = Jsoup.parse(new SiteClient(port).get("/login").body());

        assertThat(links(page)).containsExactly("/");
        assertThat(page.select("#account-menu, #notifications-link, #manage-menu")).isEmpty();
    }

    private static Set<String> links(Document page) {
        return page.select("header nav a[href], nav.navbar a[href]").stream().map(link -> link.attr("href"))
                .map(href -> href.replaceFirst("\\?.*", "")).collect(Collectors.toCollection(TreeSet::new));
    }
}

package com.agentacademy.reporting;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.agentacademy.career.Pipeline;
import com.agentacademy.onboarding.CohortProgress;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.ChartData;
import com.agentacademy.web.SpreadsheetExport;

/** The training dashboard for trainers, supervisors, HR and administrators; every chart downloads. */
@Controller
@PreAuthorize("hasAnyRole('TRAINER', 'SUPERVISOR', 'HR', 'ADMIN')")
class DashboardController {

    private final Dashboards dashboards;
    private final Pipeline pipeline;
    private final CohortProgress cohortProgress;
    private final MessageSource messages;
    private final AuditTrail audit;

    DashboardController(Dashboards dashboards, Pipeline pipeline, CohortProgress cohortProgress, MessageSource messages,
            AuditTrail audit) {
        this.cohortProgress = cohortProgress;
        this.dashboards = dashboards;
        this.pipeline = pipeline;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/reports/dashboard")
    String page(@RequestParam(required = false) Long cohort, Locale locale, Model model) {
        List<CohortProgress.CohortOption> cohorts = cohortProgress.cohorts();
        Long chosen = cohort != null ? cohort : cohorts.isEmpty() ? null : cohorts.get(0).id();
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("cohort", chosen);
        model.addAttribute("cohortChart", chosen == null ? null : cohortProgress.overTime(chosen, locale).orElse(null));
        model.addAttribute("passRates", dashboards.passRates(locale));
        model.addAttribute("goLive", dashboards.timeToGoLive(locale));
        model.addAttribute("coverage", dashboards.coverage(locale));
        model.addAttribute("promotions", pipeline.promotionsPerMonth(locale));
        return "reporting/dashboard";
    }

    @GetMapping("/reports/dashboard/{chart:pass-rates|time-to-go-live|coverage|promotions}.{format:csv|xlsx}")
    void chart(@PathVariable String chart, @PathVariable String format, @AuthenticationPrincipal SignedInPerson person,
            Locale locale, HttpServletResponse response) throws IOException {
        ChartData data = switch (chart) {
            case "pass-rates" -> dashboards.passRates(locale);
            case "time-to-go-live" -> dashboards.timeToGoLive(locale);
            case "coverage" -> dashboards.coverage(locale);
            default -> pipeline.promotionsPerMonth(locale);
        };
        writeChart(chart, format, data, person, locale, response);
    }

    @GetMapping("/reports/dashboard/cohorts/{cohort}/progress.{format:csv|xlsx}")
    void cohortChart(@PathVariable long cohort, @PathVariable String format, @AuthenticationPrincipal SignedInPerson person,
            Locale locale, HttpServletResponse response) throws IOException {
        ChartData data = cohortProgress.overTime(cohort, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        writeChart("cohort-progress", format, data, person, locale, response);
    }

    private void writeChart(String chart, String format, ChartData data, SignedInPerson person, Locale locale,
            HttpServletResponse response) throws IOException {
        SpreadsheetExport.download(format, "dashboard-" + chart, text("dashboard.chart." + chart, locale),
                data.header(text("dashboard.column." + chart, locale)), data.rows(), response);
        audit.record(person.personId(), "EXPORT", "dashboard-" + chart, format + ", " + data.rows().size() + " rows");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

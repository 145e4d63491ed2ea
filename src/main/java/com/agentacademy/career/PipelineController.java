package com.agentacademy.career;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.ChartData;
import com.agentacademy.web.SpreadsheetExport;

/** HR's promotion pipeline, on screen and as downloads. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class PipelineController {

    private final Pipeline pipeline;
    private final MessageSource messages;
    private final AuditTrail audit;

    PipelineController(Pipeline pipeline, MessageSource messages, AuditTrail audit) {
        this.pipeline = pipeline;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/career/pipeline")
    String page(Locale locale, Model model) {
        model.addAttribute("levels", pipeline.levels(locale));
        model.addAttribute("promotions", pipeline.promotionsPerMonth(locale));
        model.addAttribute("tenure", pipeline.timeInLevel(locale));
        model.addAttribute("pending", pipeline.pending(locale));
        return "career/pipeline";
    }

    @GetMapping("/career/pipeline/{chart:levels|promotions|time-in-level}.{format:csv|xlsx}")
    void chart(@PathVariable String chart, @PathVariable String format, @AuthenticationPrincipal SignedInPerson person,
            Locale locale, HttpServletResponse response) throws IOException {
        ChartData data = switch (chart) {
            case "levels" -> pipeline.levels(locale);
            case "promotions" -> pipeline.promotionsPerMonth(locale);
            default -> pipeline.timeInLevel(locale);
        };
        String label = text(chart.equals("promotions") ? "pipeline.column.month" : "pipeline.column.level", locale);
        SpreadsheetExport.download(format, "pipeline-" + chart, text("pipeline.chart." + chart, locale),
                data.header(label), data.rows(), response);
        audit.record(person.personId(), "EXPORT", "pipeline-" + chart, format + ", " + data.rows().size() + " rows");
    }

    @GetMapping("/career/pipeline/pending.{format:csv|xlsx}")
    void pending(@PathVariable String format, @AuthenticationPrincipal SignedInPerson person, Locale locale,
            HttpServletResponse response) throws IOException {
        List<Pipeline.Pending> pending = pipeline.pending(locale);
        List<String> header = List.of(text("career.column.person", locale), text("career.column.employee-number", locale),
                text("career.column.target", locale), text("career.column.state", locale),
                text("career.column.age-days", locale));
        List<List<Object>> rows = pending.stream().map(line -> List.<Object>of(line.person().displayName(),
                line.person().employeeNumber(), line.to(),
                text("career.state." + line.application().getState().name(), locale), line.ageDays())).toList();
        SpreadsheetExport.download(format, "pipeline-pending", text("pipeline.pending", locale), header, rows, response);
        audit.record(person.personId(), "EXPORT", "pipeline-pending", format + ", " + rows.size() + " rows");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

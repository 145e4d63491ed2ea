package com.agentacademy.certification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.SpreadsheetExport;

import jakarta.servlet.http.HttpServletResponse;

/** HR's certification matrix and the list of certificates ending soon, on screen and as CSV or XLSX. */
@Controller
@PreAuthorize("hasAnyRole('HR', 'TRAINER', 'ADMIN')")
class CertificationMatrixController {

    private final CertificationMatrix matrix;
    private final List<PeopleGroups> groupings;
    private final MessageSource messages;
    private final AuditTrail audit;

    CertificationMatrixController(CertificationMatrix matrix, List<PeopleGroups> groupings, MessageSource messages,
            AuditTrail audit) {
        this.groupings = groupings;
        this.matrix = matrix;
        this.messages = messages;
        this.audit = audit;
    }

    /** A grouping as the filter form shows it, with the chosen group. */
    record GroupFilter(String kind, List<PeopleGroups.Group> groups, String chosen) {
    }

    @GetMapping("/certifications")
    String page(@RequestParam(required = false) Long team, @RequestParam(defaultValue = "ALL") String show,
            @RequestParam(defaultValue = "60") int days, @RequestParam Map<String, String> parameters, Locale locale,
            Model model) {
        CertificationMatrix.Filter filter = filter(show);
        model.addAttribute("table", matrix.table(team, members(parameters), filter, locale));
        model.addAttribute("groupFilters", groupings.stream().map(grouping -> new GroupFilter(grouping.kind(),
                grouping.groups(locale), parameters.getOrDefault(grouping.kind(), ""))).toList());
        model.addAttribute("exportQuery", exportQuery(team, filter, parameters));
        model.addAttribute("teams", matrix.teams());
        model.addAttribute("team", team);
        model.addAttribute("show", filter.name());
        model.addAttribute("filters", CertificationMatrix.Filter.values());
        int window = Math.max(1, Math.min(days, 730));
        model.addAttribute("days", window);
        model.addAttribute("expiring", matrix.expiring(window, locale));
        return "certification/matrix";
    }

    @GetMapping("/certifications/matrix.{format:csv|xlsx}")
    void export(@PathVariable String format, @RequestParam(required = false) Long team,
            @RequestParam(defaultValue = "ALL") String show, @RequestParam Map<String, String> parameters,
            @AuthenticationPrincipal SignedInPerson person, Locale locale, HttpServletResponse response)
            throws IOException {
        CertificationMatrix.Table table = matrix.table(team, members(parameters), filter(show), locale);
        List<String> header = new ArrayList<>(List.of(text("certifications.column.name", locale),
                text("certifications.column.employee-number", locale), text("certifications.column.team", locale)));
        header.addAll(table.names());
        List<List<Object>> rows = new ArrayList<>();
        for (CertificationMatrix.Row row : table.rows()) {
            List<Object> line = new ArrayList<>(List.of(row.person().displayName(), row.person().employeeNumber(),
                    row.team()));
            for (int i = 0; i < row.cells().size(); i++) {
                String state = text("certifications.cell." + row.cells().get(i).name(), locale);
                line.add(row.ends().get(i) == null ? state : state + " (" + row.ends().get(i) + ")");
            }
            rows.add(line);
        }
        SpreadsheetExport.download(format, "certification-matrix", text("certifications.title", locale), header, rows,
                response);
        audit.record(person.personId(), "EXPORT", "certification-matrix", format + ", " + rows.size() + " rows");
    }

    /** The people in every chosen group, or {@code null} when no group is chosen. */
    private Set<Long> members(Map<String, String> parameters) {
        Set<Long> members = null;
        for (PeopleGroups grouping : groupings) {
            String chosen = parameters.get(grouping.kind());
            if (chosen != null && !chosen.isBlank()) {
                Set<Long> in = grouping.members(chosen);
                members = members == null ? new HashSet<>(in) : members;
                members.retainAll(in);
            }
        }
        return members;
    }

    private String exportQuery(Long team, CertificationMatrix.Filter filter, Map<String, String> parameters) {
        var query = UriComponentsBuilder.newInstance().queryParam("show", filter.name());
        if (team != null) {
            query.queryParam("team", team);
        }
        for (PeopleGroups grouping : groupings) {
            String chosen = parameters.get(grouping.kind());
            if (chosen != null && !chosen.isBlank()) {
                query.queryParam(grouping.kind(), chosen);
            }
        }
        return query.encode().build().toUriString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static CertificationMatrix.Filter filter(String show) {
        try {
            return CertificationMatrix.Filter.valueOf(show);
        }
        catch (IllegalArgumentException unknown) {
            return CertificationMatrix.Filter.ALL;
        }
    }
}

package com.agentacademy.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

/**
 * The audit log viewer for administrators: filtered by who did it, by kind and by days, fifty
 * entries a page, newest first, and every entry the filter lets through as CSV or Excel. Downloading
 * the log is itself recorded, as {@code AUDIT_EXPORT}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditLogController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The filter as typed, given back to the form as it was. */
    record Query(String person, String kind, String from, String to) {
    }

    /** Something wrong with the filter, as a message with its arguments. */
    record Problem(String key, List<String> args) {

        public Object[] arguments() {
            return args.toArray();
        }
    }

    private record Checked(AuditLog.Filter filter, List<Problem> problems) {
    }

    private final AuditLog log;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    AuditLogController(AuditLog log, AuditTrail audit, MessageSource messages, Clock clock) {
        this.log = log;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String log(@RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Query query = new Query(person.strip(), kind.strip(), from.strip(), to.strip());
        Checked checked = check(query, locale);
        model.addAttribute("query", query);
        model.addAttribute("kinds", log.kinds());
        model.addAttribute("problems", checked.problems());
        model.addAttribute("zone", zone().getId());
        model.addAttribute("time", TIME.withZone(zone()));
        if (checked.problems().isEmpty()) {
            model.addAttribute("entries", log.page(checked.filter(), page, zone()));
        }
        return "reporting/audit";
    }

    @GetMapping("/audit.{format:csv|xlsx}")
    void download(@PathVariable String format, @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @AuthenticationPrincipal SignedInPerson reader, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Query query = new Query(person.strip(), kind.strip(), from.strip(), to.strip());
        Checked checked = check(query, locale);
        if (!checked.problems().isEmpty()) {
            response.sendRedirect(UriComponentsBuilder.fromPath(request.getContextPath() + "/audit")
                    .queryParam("person", query.person()).queryParam("kind", query.kind())
                    .queryParam("from", query.from()).queryParam("to", query.to()).encode().toUriString());
            return;
        }
        List<AuditLog.Entry> entries = log.all(checked.filter(), zone());
        List<String> header = List.of(text("audit.when", locale) + " (" + zone().getId() + ")",
                text("audit.actor", locale), text("people.username", locale), text("people.employee-number", locale),
                text("audit.kind", locale), text("audit.subject", locale), text("audit.details", locale),
                text("audit.address", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (AuditLog.Entry entry : entries) {
            rows.add(Arrays.asList(TIME.withZone(zone()).format(entry.occurredAt()),
                    entry.actorId() == null ? text("audit.system", locale) : entry.actorName(), entry.actorUsername(),
                    entry.actorEmployeeNumber(), entry.kind(), AuditLog.harmless(entry.subject()),
                    AuditLog.harmless(entry.details()), entry.address()));
        }
        SpreadsheetExport.download(format, "audit-log", text("audit.title", locale), header, rows, response);
        audit.record(reader.personId(), "AUDIT_EXPORT", "audit-log", format + ", " + rows.size() + " rows; person="
                + query.person() + ", kind=" + query.kind() + ", from=" + query.from() + ", to=" + query.to());
    }

    private Checked check(Query query, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        Long actor = null;
        if (!query.person().isEmpty()) {
            Optional<Long> found = log.person(query.person());
            if (found.isEmpty()) {
                problems.add(new Problem("audit.unknown-person", List.of(query.person())));
            }
            actor = found.orElse(null);
        }
        LocalDate from = day(query.from(), "audit.from", problems, locale);
        LocalDate to = day(query.to(), "audit.to", problems, locale);
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new Problem("audit.dates-reversed", List.of()));
        }
        return new Checked(new AuditLog.Filter(actor, query.kind().isEmpty() ? null : query.kind(), from, to), problems);
    }

    private LocalDate day(String typed, String field, List<Problem> problems, Locale locale) {
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(typed);
        }
        catch (DateTimeParseException ex) {
            problems.add(new Problem("audit.bad-date", List.of(text(field, locale))));
            return null;
        }
    }

    /** The call centre's time zone, which the application's clock keeps. */
    private ZoneId zone() {
        return clock.getZone();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

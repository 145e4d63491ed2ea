package com.agentacademy.career;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.SpreadsheetExport;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "My KPIs" for everyone, and one person's KPIs for their supervisor and HR, where a month can be
 * entered or corrected by hand. Both download as CSV or XLSX.
 */
@Controller
class KpiController {

    private final KpiViews views;
    private final KpiStore store;
    private final KpiEntry entry;
    private final KpiAccess access;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final Clock clock;

    KpiController(KpiViews views, KpiStore store, KpiEntry entry, KpiAccess access, PeopleDirectory people,
            AuditTrail audit, Clock clock) {
        this.views = views;
        this.store = store;
        this.entry = entry;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/kpis")
    String mine(@AuthenticationPrincipal SignedInPerson reader, Locale locale, Model model) {
        history(reader.personId(), locale, model);
        return "career/kpis";
    }

    @GetMapping("/kpis/history.{format:csv|xlsx}")
    void exportMine(@PathVariable String format, @AuthenticationPrincipal SignedInPerson reader, Locale locale,
            HttpServletResponse response) throws IOException {
        export(format, readable(reader, reader.personId()), reader, locale, response);
    }

    @GetMapping("/kpis/people/{personId}")
    String person(@PathVariable long personId, @RequestParam(required = false) String month,
            @AuthenticationPrincipal SignedInPerson reader, Locale locale, Model model) {
        PersonSummary person = readable(reader, personId);
        if (access.mayEnter(reader, person) && !model.containsAttribute("kpiForm")) {
            model.addAttribute("kpiForm", form(personId, month));
        }
        return personPage(person, reader, locale, model);
    }

    @PostMapping("/kpis/people/{personId}")
    String enter(@PathVariable long personId, @ModelAttribute KpiForm kpiForm, BindingResult result,
            @AuthenticationPrincipal SignedInPerson writer, Locale locale, Model model, RedirectAttributes redirect) {
        PersonSummary person = readable(writer, personId);
        if (!access.mayEnter(writer, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        KpiMonth figures = kpiForm.toMonth(personId, lastEnded(), result);
        if (figures == null) {
            return personPage(person, writer, locale, model);
        }
        entry.record(writer.personId(), figures);
        redirect.addFlashAttribute("success", "kpi.entry.saved");
        // the form posts to #kpi-form to keep its problems in view; back at the top for the message
        return "redirect:/kpis/people/" + personId + "#main";
    }

    @GetMapping("/kpis/people/{personId}/history.{format:csv|xlsx}")
    void exportPerson(@PathVariable long personId, @PathVariable String format,
            @AuthenticationPrincipal SignedInPerson reader, Locale locale, HttpServletResponse response) throws IOException {
        export(format, readable(reader, personId), reader, locale, response);
    }

    private String personPage(PersonSummary person, SignedInPerson reader, Locale locale, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("mayEnter", access.mayEnter(reader, person));
        model.addAttribute("lastEnded", lastEnded());
        history(person.id(), locale, model);
        return "career/kpi-person";
    }

    private void history(long personId, Locale locale, Model model) {
        List<KpiViews.Line> lines = views.lines(personId);
        model.addAttribute("lines", lines);
        model.addAttribute("charts", views.charts(lines, locale));
    }

    private void export(String format, PersonSummary person, SignedInPerson reader, Locale locale,
            HttpServletResponse response) throws IOException {
        List<KpiViews.Line> lines = views.lines(person.id());
        SpreadsheetExport.download(format, "kpis-" + person.employeeNumber(), views.text("kpi.mine.title", locale),
                views.header(locale), views.rows(lines, locale), response);
        audit.record(reader.personId(), "EXPORT", "kpis:person:" + person.id(), format + ", " + lines.size() + " months");
    }

    /** The person, when the reader may see their KPIs: 404 when there is no such person, 403 when not allowed. */
    private PersonSummary readable(SignedInPerson reader, long personId) {
        PersonSummary person = people.byId(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.mayRead(reader, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return person;
    }

    /** The form for the month asked for, filled with its figures when it has some; else the last month that ended. */
    private KpiForm form(long personId, String month) {
        YearMonth wanted = parse(month);
        return store.find(personId, wanted).map(found -> KpiForm.of(found.figures())).orElseGet(() -> KpiForm.blank(wanted));
    }

    private YearMonth parse(String month) {
        try {
            return month == null ? lastEnded() : YearMonth.parse(month);
        }
        catch (DateTimeParseException notAMonth) {
            return lastEnded();
        }
    }

    private YearMonth lastEnded() {
        return YearMonth.now(clock).minusMonths(1);
    }
}

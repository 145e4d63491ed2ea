package com.agentacademy.onboarding;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.NewHireImport;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.Role;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.ChartData;
import com.agentacademy.web.CsvTable;
import com.agentacademy.web.SpreadsheetExport;
import com.agentacademy.web.UploadedFileName;

/**
 * Cohorts for HR, trainers and administrators: the list, a new cohort (people picked or a new-hire
 * CSV), the trainer's board with every member's progress, pace, last activity, scores and at-risk
 * reasons, the go-live readiness list, and the changes: details and start date, members, program
 * revision. The board downloads as CSV or Excel.
 */
@Controller
@RequestMapping("/cohorts")
@PreAuthorize("hasAnyRole('TRAINER', 'HR', 'ADMIN')")
class CohortController {

    private final CohortRepository cohorts;
    private final ProgramRepository programs;
    private final CohortManagement management;
    private final CohortTracking tracking;
    private final CohortProgress progress;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final CertificationCatalog certifications;
    private final MessageSource messages;
    private final Clock clock;

    CohortController(CohortRepository cohorts, ProgramRepository programs, CohortManagement management,
            CohortTracking tracking, CohortProgress progress, PeopleDirectory people, AuditTrail audit,
            CertificationCatalog certifications, MessageSource messages, Clock clock) {
        this.progress = progress;
        this.certifications = certifications;
        this.cohorts = cohorts;
        this.programs = programs;
        this.management = management;
        this.tracking = tracking;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** Running cohorts with their boards worked out; finished ones listed by name only. */
    @GetMapping
    String list(Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        Map<Boolean, List<Cohort>> running = cohorts.findAllByOrderByStartDateDescIdDesc().stream()
                .collect(Collectors.partitioningBy(cohort -> tracking.isRunning(cohort, today)));
        model.addAttribute("boards", running.get(true).stream().map(cohort -> tracking.board(cohort, locale)).toList());
        model.addAttribute("finished", running.get(false));
        return "onboarding/cohorts";
    }

    @GetMapping("/new")
    String form(Model model) {
        var form = new CohortForm();
        form.setStartDate(LocalDate.now(clock));
        return newCohort(form, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson actor, Model model, RedirectAttributes redirect) throws IOException {
        if (form.getProgram() != null && programs.findBySlug(form.getProgram()).isEmpty()) {
            result.rejectValue("program", "cohort.error.program");
        }
        if (form.getTrainerId() != null && !management.isTrainer(form.getTrainerId())) {
            result.rejectValue("trainerId", "cohort.error.trainer");
        }
        CsvTable table = readFile(file, model);
        if (result.hasErrors() || model.containsAttribute("unreadable")) {
            return newCohort(form, model);
        }
        CohortManagement.Outcome outcome = management.create(form, table, actor);
        if (!outcome.succeeded()) {
            model.addAttribute("errors", outcome.errors());
            model.addAttribute("fileName", UploadedFileName.of(file.getOriginalFilename(), 255));
            return newCohort(form, model);
        }
        created(outcome, redirect);
        redirect.addFlashAttribute("success", "cohort.created");
        return "redirect:/cohorts/" + outcome.cohort().getId();
    }

    private String newCohort(CohortForm form, Model model) {
        model.addAttribute("cohortForm", form);
        model.addAttribute("programs", programs.findAllByOrderBySlugAsc());
        model.addAttribute("trainers", people.withRole(Role.TRAINER));
        model.addAttribute("candidates", people.withRole(Role.AGENT));
        model.addAttribute("columns", NewHireImport.COLUMNS);
        return "onboarding/cohort-form";
    }

    @GetMapping("/{id}")
    String board(@PathVariable long id, Locale locale, Model model) {
        Cohort cohort = management.find(id);
        CohortTracking.Board board = tracking.board(cohort, locale);
        model.addAttribute("board", board);
        model.addAttribute("progressChart", progress.overTime(board, locale));
        model.addAttribute("cohortForm", CohortForm.of(cohort, board.program().getSlug()));
        model.addAttribute("trainers", people.withRole(Role.TRAINER));
        model.addAttribute("candidates", people.withRole(Role.AGENT).stream()
                .filter(person -> cohort.member(person.id()).isEmpty()).toList());
        model.addAttribute("columns", NewHireImport.COLUMNS);
        model.addAttribute("today", LocalDate.now(clock));
        return "onboarding/cohort";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result,
            @AuthenticationPrincipal SignedInPerson actor, RedirectAttributes redirect) {
        management.find(id);
        if (result.hasFieldErrors("name") || result.hasFieldErrors("startDate") || result.hasFieldErrors("trainerId")
                || !management.isTrainer(form.getTrainerId())) {
            redirect.addFlashAttribute("failure", "cohort.error.details");
            return "redirect:/cohorts/" + id;
        }
        management.change(id, form.getName(), form.getTrainerId(), form.getStartDate(), actor);
        redirect.addFlashAttribute("success", "cohort.changed");
        return "redirect:/cohorts/" + id;
    }

    @PostMapping("/{id}/members")
    String addMembers(@PathVariable long id,
            @RequestParam(name = "memberIds", required = false) List<Long> memberIds,
            @RequestParam(name = "joinedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInPerson actor, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        management.find(id);
        CsvTable table = readFile(file, model);
        if (model.containsAttribute("unreadable")) {
            return board(id, locale, model);
        }
        CohortManagement.Outcome outcome = management.addMembers(id, memberIds == null ? List.of() : memberIds, table,
                joinedOn == null ? LocalDate.now(clock) : joinedOn, actor);
        if (!outcome.succeeded()) {
            model.addAttribute("errors", outcome.errors());
            model.addAttribute("fileName", UploadedFileName.of(file.getOriginalFilename(), 255));
            return board(id, locale, model);
        }
        created(outcome, redirect);
        redirect.addFlashAttribute("success", "cohort.members-added");
        return "redirect:/cohorts/" + id;
    }

    @PostMapping("/{id}/members/{personId}/remove")
    String removeMember(@PathVariable long id, @PathVariable long personId,
            @AuthenticationPrincipal SignedInPerson actor, RedirectAttributes redirect) {
        management.removeMember(id, personId, actor);
        redirect.addFlashAttribute("success", "cohort.member-removed");
        return "redirect:/cohorts/" + id;
    }

    @PostMapping("/{id}/program")
    String useLatestProgram(@PathVariable long id, @AuthenticationPrincipal SignedInPerson actor,
            RedirectAttributes redirect) {
        management.useLatestProgram(id, actor);
        redirect.addFlashAttribute("success", "cohort.program-updated");
        return "redirect:/cohorts/" + id;
    }

    @GetMapping("/{id}/members/{personId}")
    String member(@PathVariable long id, @PathVariable long personId, Locale locale, Model model) {
        Cohort cohort = management.find(id);
        CohortMember member = cohort.member(personId).orElseThrow(CohortManagement.NotFound::new);
        CohortTracking.Board board = tracking.board(cohort, member, locale);
        if (board.standings().isEmpty()) {
            throw new CohortManagement.NotFound();
        }
        model.addAttribute("board", board);
        model.addAttribute("standing", board.standings().get(0));
        model.addAttribute("joinedOn", member.getJoinedOn());
        model.addAttribute("certificates", board.standings().get(0).progress().certificates().stream()
                .map(held -> certifications.find(held).map(definition -> definition.name(locale)).orElse(held)).toList());
        return "onboarding/member";
    }

    @GetMapping("/{id}/progress.{format:csv|xlsx}")
    void exportProgress(@PathVariable long id, @PathVariable String format, @AuthenticationPrincipal SignedInPerson actor,
            Locale locale, HttpServletResponse response) throws IOException {
        Cohort cohort = management.find(id);
        ChartData chart = progress.overTime(tracking.board(cohort, locale), locale);
        audit.record(actor.personId(), "EXPORT", "cohort-progress:" + id, format + ", " + chart.rows().size() + " rows");
        SpreadsheetExport.download(format, "cohort-" + id + "-progress", cohort.getName(),
                chart.header(text("cohort.progress.column", locale)), chart.rows(), response);
    }

    @GetMapping("/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "csv") String format,
            @AuthenticationPrincipal SignedInPerson actor, Locale locale, HttpServletResponse response)
            throws IOException {
        CohortTracking.Board board = tracking.board(management.find(id), locale);
        List<String> header = List.of("cohort.column.name", "cohort.column.employee-number", "cohort.column.start",
                "cohort.column.done", "cohort.column.percent", "cohort.column.pace", "cohort.column.days",
                "cohort.column.last-activity", "cohort.column.scores", "cohort.column.go-live", "cohort.column.risks")
                .stream().map(key -> text(key, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Standing standing : board.standings()) {
            rows.add(List.of(standing.person().displayName(), standing.person().employeeNumber(),
                    standing.progress().start(), standing.progress().done() + "/" + standing.progress().total(),
                    standing.progress().percent(), text("cohort.pace." + standing.pace(), locale),
                    standing.scheduleDays(), lastActivity(standing),
                    String.join("; ", standing.examsTaken().stream().map(exam -> exam.title() + " "
                            + Math.round(exam.latestPercent()) + "%").toList()),
                    standing.progress().goLiveReady() ? text("cohort.go-live.ready", locale) : "",
                    String.join("; ", standing.risks().stream().map(risk -> messages.getMessage(risk.messageKey(),
                            risk.args(), locale)).toList())));
        }
        audit.record(actor.personId(), "EXPORT", "cohort:" + id, format + ", " + rows.size() + " rows");
        SpreadsheetExport.download(format, "cohort-" + id, board.cohort().getName(), header, rows, response);
    }

    private Object lastActivity(Standing standing) {
        return standing.progress().lastActivity() == null ? ""
                : LocalDate.ofInstant(standing.progress().lastActivity(), clock.getZone());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /**
     * The uploaded new-hire file, or {@code null} when none was chosen (a browser sends an empty
     * part without a name); an unreadable one, an empty file that was chosen included, is put in
     * the model.
     */
    private static CsvTable readFile(MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
            return null;
        }
        try {
            return CsvTable.read(file.getBytes(), NewHireImport.COLUMNS, NewHireImport.MAX_ROWS);
        }
        catch (CsvTable.Unreadable unreadable) {
            model.addAttribute("unreadable", unreadable);
            model.addAttribute("fileName", UploadedFileName.of(file.getOriginalFilename(), 255));
            return null;
        }
    }

    private static void created(CohortManagement.Outcome outcome, RedirectAttributes redirect) {
        if (!outcome.created().isEmpty()) {
            redirect.addFlashAttribute("created", outcome.created());
        }
    }
}

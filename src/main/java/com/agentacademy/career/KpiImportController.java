package com.agentacademy.career;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.SignedInPerson;

/** HR uploads the call-centre system's monthly export; the page lists every problem, or what was stored. */
@Controller
@RequestMapping("/kpis/import")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
class KpiImportController {

    /** An accepted upload with the name of who uploaded it. */
    record UploadLine(KpiStore.Upload upload, String uploadedBy, LocalDateTime uploadedAt) {
    }

    private static final int UPLOADS_SHOWN = 10;

    private final KpiImport kpiImport;
    private final KpiStore store;
    private final PeopleDirectory people;
    private final Clock clock;

    KpiImportController(KpiImport kpiImport, KpiStore store, PeopleDirectory people, Clock clock) {
        this.kpiImport = kpiImport;
        this.store = store;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("columns", KpiImport.COLUMNS);
        model.addAttribute("maxRows", KpiImport.MAX_ROWS);
        model.addAttribute("maxBytes", KpiImport.MAX_BYTES);
        model.addAttribute("maxMegabytes", KpiImport.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxCalls", KpiValues.MAX_CALLS);
        model.addAttribute("maxHandleSeconds", KpiValues.MAX_HANDLE_SECONDS);
        List<KpiStore.Upload> uploads = store.uploads(UPLOADS_SHOWN);
        Map<Long, PersonSummary> names = people.byIds(uploads.stream().map(KpiStore.Upload::uploadedBy).distinct().toList());
        model.addAttribute("uploads", uploads.stream().map(upload -> new UploadLine(upload,
                names.containsKey(upload.uploadedBy()) ? names.get(upload.uploadedBy()).displayName() : "",
                LocalDateTime.ofInstant(upload.uploadedAt(), clock.getZone()))).toList());
        return "career/kpi-import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal SignedInPerson actor, Model model,
            RedirectAttributes redirect) throws IOException {
        KpiImport.Outcome outcome = kpiImport.run(Objects.requireNonNullElse(file.getOriginalFilename(), ""),
                file.getBytes(), actor.personId());
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("imported", Map.of("fileName", outcome.fileName(), "rows", outcome.rows(),
                    "months", outcome.monthList()));
            return "redirect:/kpis/import";
        }
        model.addAttribute("refused", outcome);
        return form(model);
    }
}

package com.agentacademy.people;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;
import com.agentacademy.web.CsvTable;
import com.agentacademy.web.UploadedFileName;

/** HR uploads a CSV of new hires; the page shows every row's problem, or the accounts created. */
@Controller
@RequestMapping("/people/import")
@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
class NewHireImportController {

    private final NewHireImport newHires;
    private final AuditTrail audit;

    NewHireImportController(NewHireImport newHires, AuditTrail audit) {
        this.newHires = newHires;
        this.audit = audit;
    }

    @ModelAttribute
    void columns(Model model) {
        model.addAttribute("columns", NewHireImport.COLUMNS);
        model.addAttribute("optionalColumns", NewHireImport.OPTIONAL_COLUMNS);
    }

    @GetMapping
    String form() {
        return "people/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal SignedInPerson actor,
            Model model, RedirectAttributes redirect) throws IOException {
        String fileName = UploadedFileName.of(file.getOriginalFilename(), 255);
        model.addAttribute("fileName", fileName);
        try {
            CsvTable table = CsvTable.read(file.getBytes(), NewHireImport.COLUMNS, NewHireImport.MAX_ROWS);
            var outcome = newHires.run(table, actor.hasRole(Role.ADMIN.name()));
            if (outcome.succeeded()) {
                audit.record(actor.personId(), "PEOPLE_IMPORT", "people-import", "file=" + fileName
                        + "; created=" + outcome.created().size());
                redirect.addFlashAttribute("created", outcome.created().stream()
                        .map(PeopleManagement.Handover::shown)
                        .toList());
                return "redirect:/people/import";
            }
            audit.record(actor.personId(), "PEOPLE_IMPORT_REFUSED", "people-import", "file="
                    + fileName + "; problems=" + outcome.errors().size());
            model.addAttribute("errors", outcome.errors());
        }
        catch (CsvTable.Unreadable unreadable) {
            audit.record(actor.personId(), "PEOPLE_IMPORT_REFUSED", "people-import", "file="
                    + fileName + "; " + unreadable.messageKey());
            model.addAttribute("unreadable", unreadable);
        }
        return "people/import";
    }
}

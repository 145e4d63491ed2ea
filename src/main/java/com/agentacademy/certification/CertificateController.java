package com.agentacademy.certification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.Notifications;
import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.security.SignedInPerson;

/**
 * "My certificates" for every person, a person's certificate history for HR and trainers, and
 * revocation with a reason (the holder is told, the audit log keeps it).
 */
@Controller
class CertificateController {

    private final CertificateStore store;
    private final CertificateViews views;
    private final CertificationCatalog catalog;
    private final PeopleDirectory people;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateController(CertificateStore store, CertificateViews views, CertificationCatalog catalog,
            PeopleDirectory people, Notifications notifications, AuditTrail audit, Clock clock) {
        this.store = store;
        this.views = views;
        this.catalog = catalog;
        this.people = people;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/certificates")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute("lines", views.lines(store.ofPerson(person.personId()), locale));
        return "certification/mine";
    }

    @GetMapping("/certifications/people/{personId}")
    @PreAuthorize("hasAnyRole('HR', 'TRAINER', 'ADMIN')")
    String history(@PathVariable long personId, Locale locale, Model model) {
        PersonSummary person = people.byId(personId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("person", person);
        model.addAttribute("lines", views.lines(store.ofPerson(personId), locale));
        return "certification/history";
    }

    @PostMapping("/certificates/{id}/revoke")
    @PreAuthorize("hasAnyRole('HR', 'TRAINER', 'ADMIN')")
    @Transactional
    String revoke(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson revoker, RedirectAttributes redirect) {
        Certificate certificate = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            redirect.addFlashAttribute("failure", "certificate.revoke.reason-required");
            return "redirect:/certifications/people/" + certificate.personId();
        }
        if (store.revoke(id, revoker.personId(), why, clock.instant())) {
            var definition = catalog.find(certificate.certificationId()).orElse(null);
            String english = definition == null ? certificate.certificationId() : definition.nameEn();
            String chinese = definition == null ? english : CertificateIssuing.zh(definition);
            notifications.tellAndMail(certificate.personId(), "CERTIFICATE_REVOKED", "notification.certificate.revoked",
                    List.of(english, chinese, why), "/certificates", null);
            audit.record(revoker.personId(), "CERTIFICATE_REVOKED", "certificate:" + id,
                    "holder " + certificate.personId() + ", " + certificate.certificationId() + ": " + why);
            redirect.addFlashAttribute("success", "certificate.revoke.done");
        }
        return "redirect:/certifications/people/" + certificate.personId();
    }
}

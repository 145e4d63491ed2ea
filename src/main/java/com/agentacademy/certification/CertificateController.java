package com.agentacademy.certification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final HolderNotices notices;
    private final AuditTrail audit;
    private final CertificatePdf documents;
    private final MessageSource messages;
    private final String baseUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateController(CertificateStore store, CertificateViews views, CertificationCatalog catalog,
            PeopleDirectory people, HolderNotices notices, AuditTrail audit, CertificatePdf documents,
            MessageSource messages, @Value("${academy.base-url:http://localhost:8080}") String baseUrl,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.store = store;
        this.views = views;
        this.catalog = catalog;
        this.people = people;
        this.notices = notices;
        this.audit = audit;
        this.documents = documents;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    @GetMapping("/certificates")
    String mine(@AuthenticationPrincipal SignedInPerson person, Locale locale, Model model) {
        model.addAttribute("lines", views.lines(store.ofPerson(person.personId()), locale));
        return "certification/mine";
    }

    /** The certificate as a PDF in the reader's language: for its holder, and for HR and trainers. */
    @GetMapping("/certificates/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal SignedInPerson reader, Locale locale) {
        Certificate certificate = store.find(id)
                .filter(found -> found.personId() == reader.personId() || reader.hasRole("HR")
                        || reader.hasRole("TRAINER") || reader.hasRole("ADMIN"))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var zone = clock.getZone();
        var line = views.lines(List.of(certificate), locale).get(0);
        String holder = people.byId(certificate.personId()).map(PersonSummary::displayName).orElse("");
        String exam = catalog.grantingExams().stream().filter(granting -> granting.slug().equals(certificate.examSlug()))
                .map(CertificationCatalog.GrantingExam::title).findFirst().orElse(certificate.examSlug());
        String note = switch (line.status()) {
            case RECERTIFY -> messages.getMessage("certificate.note.recertify", new Object[] { line.recertifyBy() }, locale);
            case REVOKED -> messages.getMessage("certificate.note.revoked",
                    new Object[] { java.time.LocalDate.ofInstant(certificate.revokedAt(), zone) }, locale);
            case EXPIRED, REPLACED -> messages.getMessage("certificate.note.expired", new Object[] { line.expiresOn() },
                    locale);
            default -> null;
        };
        byte[] pdf = documents.render(new CertificatePdf.Content(holder, line.name(), exam, line.issuedOn(),
                line.expiresOn(), certificate.displayCode(), baseUrl + "/verify/" + certificate.code(), locale, note));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.certificationId() + ".pdf").build().toString())
                .body(pdf);
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
            notices.tell(certificate.personId(), certificate.certificationId(), "CERTIFICATE_REVOKED",
                    "notification.certificate.revoked", null, why);
            audit.record(revoker.personId(), "CERTIFICATE_REVOKED", "certificate:" + id,
                    "holder " + certificate.personId() + ", " + certificate.certificationId() + ": " + why);
            events.publishEvent(new CertificatesChanged(certificate.personId(), certificate.certificationId()));
            redirect.addFlashAttribute("success", "certificate.revoke.done");
        }
        return "redirect:/certifications/people/" + certificate.personId();
    }
}

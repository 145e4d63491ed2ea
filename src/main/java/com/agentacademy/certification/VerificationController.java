package com.agentacademy.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.PeopleDirectory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public verification page: anyone with a certificate's code (from the PDF's QR code, a shared
 * link or typed in the form) sees the certification, the holder's name partly masked, the dates
 * and whether the certificate is valid. No sign-in; lookups are throttled per address.
 */
@Controller
class VerificationController {

    /** What the page shows about a certificate. */
    record Verified(String code, String certification, String holder, LocalDate issuedOn, LocalDate expiresOn,
            CertificateStatus status, LocalDate recertifyBy, LocalDate revokedOn) {

        public String statusName() {
            return status.name();
        }
    }

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final PeopleDirectory people;
    private final VerificationThrottle throttle;
    private final Clock clock;

    VerificationController(CertificateStore store, CertificationCatalog catalog, PeopleDirectory people,
            VerificationThrottle throttle, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.people = people;
        this.throttle = throttle;
        this.clock = clock;
    }

    @GetMapping("/verify")
    String form(@RequestParam(required = false) String code) {
        if (code != null && !CertificateIssuing.normalise(code).isEmpty()) {
            return "redirect:/verify/" + CertificateIssuing.normalise(code);
        }
        return "certification/verify";
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model) {
        String normal = CertificateIssuing.normalise(code);
        model.addAttribute("typed", normal);
        if (!throttle.allow(request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return "certification/verify";
        }
        var found = normal.length() > 40 ? java.util.Optional.<Certificate>empty() : store.byCode(normal);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknown", true);
            return "certification/verify";
        }
        Certificate certificate = found.get();
        var zone = clock.getZone();
        String name = catalog.find(certificate.certificationId()).map(definition -> definition.name(locale))
                .orElse(certificate.certificationId());
        String holder = people.byId(certificate.personId()).map(person -> NameMask.mask(person.displayName())).orElse("—");
        model.addAttribute("verified", new Verified(certificate.displayCode(), name, holder,
                LocalDate.ofInstant(certificate.issuedAt(), zone),
                LocalDate.ofInstant(certificate.expiresAt(), zone),
                certificate.statusAt(clock.instant()),
                certificate.recertifyBy() == null ? null : LocalDate.ofInstant(certificate.recertifyBy(), zone),
                certificate.revokedAt() == null ? null : LocalDate.ofInstant(certificate.revokedAt(), zone)));
        return "certification/verify";
    }
}

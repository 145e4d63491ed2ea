package com.agentacademy.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.PeopleDirectory;

/**
 * Certificates as Open Badges 2.0 hosted assertions: the issuer, one badge class per
 * certification (with a generated SVG image) and one assertion per certificate, as JSON-LD at
 * stable public URLs under {@code academy.base-url}. The recipient is the holder's e-mail address,
 * hashed with a salt; a revoked certificate's assertion says so and answers 410 Gone.
 */
@RestController
class OpenBadges {

    static final String CONTEXT = "https://w3id.org/openbadges/v2";
    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final CertificateStore store;
    private final CertificationCatalog catalog;
    private final PeopleDirectory people;
    private final String base;

    OpenBadges(CertificateStore store, CertificationCatalog catalog, PeopleDirectory people,
            @Value("${academy.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.catalog = catalog;
        this.people = people;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/badges/issuer")
    ResponseEntity<Map<String, Object>> issuer() {
        var issuer = new LinkedHashMap<String, Object>();
        issuer.put("@context", CONTEXT);
        issuer.put("type", "Issuer");
        issuer.put("id", base + "/badges/issuer");
        issuer.put("name", "Agent Academy — Lumen Customer Service");
        issuer.put("url", base + "/");
        return ResponseEntity.ok().contentType(JSON_LD).body(issuer);
    }

    @GetMapping("/badges/classes/{certification}")
    ResponseEntity<Map<String, Object>> badgeClass(@PathVariable String certification) {
        return catalog.find(certification).map(definition -> {
            var badge = new LinkedHashMap<String, Object>();
            badge.put("@context", CONTEXT);
            badge.put("type", "BadgeClass");
            badge.put("id", base + "/badges/classes/" + definition.id());
            badge.put("name", definition.nameEn());
            badge.put("description", definition.nameEn() + (definition.nameZh() == null ? "" : " / " + definition.nameZh())
                    + ": certification of Lumen customer-service agents, valid for " + definition.validityMonths()
                    + " months.");
            badge.put("image", base + "/badges/classes/" + definition.id() + "/image.svg");
            badge.put("criteria", Map.of("narrative", "Pass the certification exam for " + definition.nameEn()
                    + " in Agent Academy" + (definition.prerequisites().isEmpty() ? "."
                            : ", holding " + String.join(", ", definition.prerequisites()) + " first.")));
            badge.put("issuer", base + "/badges/issuer");
            return ResponseEntity.ok().contentType(JSON_LD).<Map<String, Object>>body(badge);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/badges/classes/{certification}/image.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@PathVariable String certification) {
        return catalog.find(certification).map(definition -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml")).body("""
                        <svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
                          <circle cx="120" cy="120" r="112" fill="#0b5c8a"/>
                          <circle cx="120" cy="120" r="96" fill="none" stroke="#ffffff" stroke-width="4"/>
                          <text x="120" y="112" font-family="sans-serif" font-size="22" fill="#ffffff" text-anchor="middle">Agent Academy</text>
                          <text x="120" y="146" font-family="sans-serif" font-size="16" fill="#ffffff" text-anchor="middle">%s</text>
                        </svg>
                        """.formatted(HtmlUtils.htmlEscape(definition.nameEn()))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/badges/assertions/{code}")
    ResponseEntity<Map<String, Object>> assertion(@PathVariable String code) {
        return store.byCode(CertificateIssuing.normalise(code)).map(certificate -> {
            var assertion = new LinkedHashMap<String, Object>();
            assertion.put("@context", CONTEXT);
            assertion.put("type", "Assertion");
            assertion.put("id", base + "/badges/assertions/" + certificate.code());
            assertion.put("recipient", recipient(certificate));
            assertion.put("badge", base + "/badges/classes/" + certificate.certificationId());
            assertion.put("verification", Map.of("type", "hosted"));
            assertion.put("issuedOn", DateTimeFormatter.ISO_INSTANT.format(certificate.issuedAt()));
            assertion.put("expires", DateTimeFormatter.ISO_INSTANT.format(certificate.endsAt()));
            assertion.put("evidence", base + "/verify/" + certificate.code());
            if (certificate.revokedAt() != null) {
                assertion.put("revoked", true);
                assertion.put("revocationReason", "Revoked by the issuer");
                return ResponseEntity.status(HttpStatus.GONE).contentType(JSON_LD).<Map<String, Object>>body(assertion);
            }
            return ResponseEntity.ok().contentType(JSON_LD).<Map<String, Object>>body(assertion);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The holder's e-mail address hashed with a salt, or the verification page when they have none. */
    private Map<String, Object> recipient(Certificate certificate) {
        String email = people.byId(certificate.personId()).map(person -> person.email()).orElse(null);
        if (email == null || email.isBlank()) {
            return Map.of("type", "url", "hashed", false, "identity", base + "/verify/" + certificate.code());
        }
        String salt = certificate.code().substring(0, 8).toLowerCase(Locale.ROOT);
        return Map.of("type", "email", "hashed", true, "salt", salt,
                "identity", "sha256$" + sha256(email.strip().toLowerCase(Locale.ROOT) + salt));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

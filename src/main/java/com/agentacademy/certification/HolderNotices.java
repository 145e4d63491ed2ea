package com.agentacademy.certification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.people.Notifications;

/**
 * Tells a holder about one of their certifications, in the app and by e-mail. Every such notice
 * names the certification in English and in Chinese as its first two arguments, so that each
 * message bundle picks the name in its own language.
 */
@Component
class HolderNotices {

    private final CertificationCatalog catalog;
    private final Notifications notifications;

    HolderNotices(CertificationCatalog catalog, Notifications notifications) {
        this.catalog = catalog;
        this.notifications = notifications;
    }

    /**
     * @param more the message's further arguments, from {@code {2}} on
     * @param details a longer text shown below the notice, or {@code null}
     */
    void tell(long personId, String certificationId, String kind, String messageKey, String details, String... more) {
        List<String> arguments = new ArrayList<>(catalog.find(certificationId)
                .map(definition -> List.of(definition.nameEn(),
                        definition.nameZh() == null ? definition.nameEn() : definition.nameZh()))
                .orElse(List.of(certificationId, certificationId)));
        arguments.addAll(List.of(more));
        notifications.tellAndMail(personId, kind, messageKey, arguments, "/certificates", details);
    }
}

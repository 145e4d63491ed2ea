package com.agentacademy.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification, or a day's summary of several, by e-mail, in the person's language, when an SMTP server is configured
 * ({@code spring.mail.host}). Without one, or for a person without an address, it does nothing; a
 * failed send is logged and never undoes the notification in the app.
 */
@Component
class MailNotices {

    private static final Logger log = LoggerFactory.getLogger(MailNotices.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PersonRepository persons;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    MailNotices(ObjectProvider<JavaMailSender> sender, PersonRepository persons, MessageSource messages,
            @Value("${academy.mail.from:academy@localhost}") String from,
            @Value("${academy.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.persons = persons;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void send(long personId, String messageKey, List<String> arguments, String link, String details) {
        mail(personId, locale -> {
            String text = messages.getMessage(messageKey, arguments.toArray(), locale);
            return new Letter(messages.getMessage("mail.subject", new Object[] { text }, locale),
                    text + (link == null ? "" : "\n\n" + baseUrl + link) + (details == null ? "" : "\n\n" + details));
        });
    }

    /** One e-mail that lists several notifications, each with its link; nothing when there is none. */
    void sendDigest(long personId, List<Notifications.Notification> notices, LocalDate day) {
        if (notices.isEmpty()) {
            return;
        }
        mail(personId, locale -> {
            var body = new StringBuilder(messages.getMessage("mail.digest.intro",
                    new Object[] { notices.size(), day.toString() }, locale));
            for (Notifications.Notification notice : notices) {
                body.append("\n\n- ").append(messages.getMessage(notice.messageKey(), notice.args(), locale));
                if (notice.link() != null) {
                    body.append("\n  ").append(baseUrl).append(notice.link());
                }
            }
            return new Letter(messages.getMessage("mail.digest.subject", new Object[] { day.toString() }, locale),
                    body.toString());
        });
    }

    private record Letter(String subject, String text) {
    }

    private void mail(long personId, Function<Locale, Letter> write) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        persons.findById(personId).filter(person -> person.isActive() && person.getEmail() != null
                && !person.getEmail().isBlank()).ifPresent(person -> {
                    Locale locale = Locale.forLanguageTag(person.getPreferredLocale() == null ? "en"
                            : person.getPreferredLocale());
                    Letter letter = write.apply(locale);
                    var message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(person.getEmail());
                    message.setSubject(letter.subject());
                    message.setText(letter.text() + "\n\n" + messages.getMessage("mail.footer", null, locale));
                    try {
                        mailer.send(message);
                    }
                    catch (MailException e) {
                        log.warn("E-mail to person {} not sent: {}", personId, e.getMessage());
                    }
                });
    }
}

package com.agentacademy.people;

import java.util.List;
import java.util.Locale;

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
 * Sends a notification by e-mail, in the person's language, when an SMTP server is configured
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
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        persons.findById(personId).filter(person -> person.isActive() && person.getEmail() != null
                && !person.getEmail().isBlank()).ifPresent(person -> {
                    Locale locale = Locale.forLanguageTag(person.getPreferredLocale() == null ? "en"
                            : person.getPreferredLocale());
                    String text = messages.getMessage(messageKey, arguments.toArray(), locale);
                    var message = new SimpleMailMessage();
                    message.setFrom(from);
                    message.setTo(person.getEmail());
                    message.setSubject(messages.getMessage("mail.subject", new Object[] { text }, locale));
                    message.setText(text + (link == null ? "" : "\n\n" + baseUrl + link)
                            + (details == null ? "" : "\n\n" + details) + "\n\n"
                            + messages.getMessage("mail.footer", null, locale));
                    try {
                        mailer.send(message);
                    }
                    catch (MailException e) {
                        log.warn("E-mail to person {} not sent: {}", personId, e.getMessage());
                    }
                });
    }
}

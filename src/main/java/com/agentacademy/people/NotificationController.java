package com.agentacademy.people;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import com.agentacademy.security.SignedInPerson;

/** A person's notifications. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("notifications", notifications.of(person.personId(), 100));
        return "people/notifications";
    }

    @PostMapping("/notifications/read")
    String markRead(@AuthenticationPrincipal SignedInPerson person) {
        notifications.markAllRead(person.personId());
        return "redirect:/notifications";
    }
}

package com.agentacademy.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.agentacademy.security.SignedInPerson;
import com.agentacademy.security.SignedInSessions;

/** A person's own account: their details, how notices reach them by e-mail, and their password. */
@Controller
class AccountController {

    private final PersonRepository persons;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;

    AccountController(PersonRepository persons, TeamRepository teams, PasswordEncoder passwordEncoder,
            SignedInSessions sessions) {
        this.persons = persons;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInPerson signedIn, Model model) {
        Person person = find(signedIn);
        model.addAttribute("person", person);
        model.addAttribute("teamName", person.getTeamId() == null ? null
                : teams.findById(person.getTeamId()).map(Team::getName).orElse(null));
        return "people/account";
    }

    @PostMapping("/account/mail")
    @Transactional
    String chooseMail(@RequestParam("digest") boolean digest, @AuthenticationPrincipal SignedInPerson signedIn,
            RedirectAttributes redirect) {
        find(signedIn).chooseMailDigest(digest);
        redirect.addFlashAttribute("success", digest ? "account.mail.digest-chosen" : "account.mail.immediate-chosen");
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordPage(PasswordChangeForm passwordChangeForm) {
        return "people/password";
    }

    @PostMapping("/account/password")
    @Transactional
    String changePassword(@Valid PasswordChangeForm passwordChangeForm, BindingResult result,
            @AuthenticationPrincipal SignedInPerson signedIn, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Person person = find(signedIn);
        if (passwordChangeForm.getCurrentPassword() != null
                && !passwordEncoder.matches(passwordChangeForm.getCurrentPassword(), person.getPasswordHash())) {
            result.rejectValue("currentPassword", "password.current-wrong");
        }
        passwordChangeForm.checkNewPassword(result, signedIn.getUsername());
        if (!result.hasFieldErrors("newPassword") && passwordChangeForm.getNewPassword() != null
                && passwordChangeForm.getNewPassword().equals(passwordChangeForm.getCurrentPassword())) {
            result.rejectValue("newPassword", "password.same-as-current");
        }
        if (result.hasErrors()) {
            return "people/password";
        }
        person.setOwnPassword(passwordEncoder.encode(passwordChangeForm.getNewPassword()));
        sessions.replaceCurrent(signedIn.withPasswordChanged(), request, response);
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/account";
    }

    private Person find(SignedInPerson signedIn) {
        return persons.findById(signedIn.personId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

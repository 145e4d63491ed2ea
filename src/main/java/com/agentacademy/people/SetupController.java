package com.agentacademy.people;

import java.time.Clock;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time page of a new installation that creates the first administrator. */
@Controller
class SetupController {

    private final FirstAdministrator firstAdministrator;
    private final PersonRepository persons;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SetupController(FirstAdministrator firstAdministrator, PersonRepository persons, PasswordEncoder passwordEncoder,
            Clock clock) {
        this.firstAdministrator = firstAdministrator;
        this.persons = persons;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @GetMapping("/setup")
    String setup(SetupForm setupForm) {
        requireNoAdministrator();
        return "people/setup";
    }

    @PostMapping("/setup")
    @Transactional
    synchronized String create(@Valid SetupForm setupForm, BindingResult result, RedirectAttributes redirect) {
        requireNoAdministrator();
        setupForm.checkNewPassword(result, setupForm.getUsername());
        if (result.hasErrors()) {
            return "people/setup";
        }
        persons.save(new Person(setupForm.getUsername(), setupForm.getEmployeeNumber(), setupForm.getDisplayName(),
                setupForm.getEmail(), Set.of(Role.ADMIN), null, passwordEncoder.encode(setupForm.getNewPassword()),
                false, clock));
        firstAdministrator.created();
        redirect.addFlashAttribute("success", "setup.done");
        return "redirect:/login";
    }

    private void requireNoAdministrator() {
        if (!firstAdministrator.isNeeded()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

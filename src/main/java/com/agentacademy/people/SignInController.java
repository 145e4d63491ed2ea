package com.agentacademy.people;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.agentacademy.security.SecurityProperties;

/** The sign-in page; in demo mode it names the demo password. */
@Controller
class SignInController {

    private final DemoProperties demo;
    private final SecurityProperties security;

    SignInController(DemoProperties demo, SecurityProperties security) {
        this.demo = demo;
        this.security = security;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("lockoutMinutes", security.lockout().toMinutes());
        return "people/login";
    }
}

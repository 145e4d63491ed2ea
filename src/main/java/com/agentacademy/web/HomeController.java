package com.agentacademy.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page: one panel per role the person holds. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}

package com.agentacademy.web;

import org.springframework.ui.Model;

import com.agentacademy.security.SignedInPerson;

/**
 * What a module shows on the signed-in home page. Each module that has something for a role adds
 * its model attributes here; the home template shows the panels of the roles the person holds.
 */
public interface HomeContribution {

    void addTo(Model model, SignedInPerson person);
}

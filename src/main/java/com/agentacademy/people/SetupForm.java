package com.agentacademy.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator of a new installation. */
class SetupForm extends NewPasswordForm {

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{people.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 32)
    private String employeeNumber;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}

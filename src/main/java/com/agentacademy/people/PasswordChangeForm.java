package com.agentacademy.people;

import jakarta.validation.constraints.NotBlank;

/** A person changes their own password: the current one first. */
class PasswordChangeForm extends NewPasswordForm {

    @NotBlank
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}

package com.agentacademy.people;

import org.springframework.validation.BindingResult;

import com.agentacademy.security.PasswordPolicy;

/** A new password typed twice; shared by the first-administrator and change-password pages. */
abstract class NewPasswordForm {

    private String newPassword;

    private String confirmPassword;

    /**
     * Adds field errors for a password the policy refuses (too short or long, common, containing
     * the user name) or a confirmation that differs.
     */
    void checkNewPassword(BindingResult result, String username) {
        PasswordPolicy.problemWith(newPassword, username).ifPresent(problem -> result.rejectValue("newPassword", problem,
                new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, problem));
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}

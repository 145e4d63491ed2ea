package com.agentacademy.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in session. It carries what every page needs without a database read:
 * the person's id, name, roles and language.
 */
public final class SignedInPerson implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    /** The request attribute that holds the signed-in person's id once security has run. */
    public static final String REQUEST_ATTRIBUTE = "academy.personId";

    private final long personId;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean active;
    private final Set<String> roles;
    private final boolean mustChangePassword;
    private final String preferredLocale;

    public SignedInPerson(long personId, String username, String displayName, String passwordHash, boolean active,
            Set<String> roles, boolean mustChangePassword, String preferredLocale) {
        this.personId = personId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.roles = Set.copyOf(roles);
        this.mustChangePassword = mustChangePassword;
        this.preferredLocale = preferredLocale;
    }

    public long personId() {
        return personId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    /** The same person after they chose a new password. */
    public SignedInPerson withPasswordChanged() {
        return new SignedInPerson(personId, username, displayName, null, active, roles, false, preferredLocale);
    }

    /** The same person holding other roles, for example after a promotion. */
    public SignedInPerson withRoles(Set<String> newRoles) {
        return new SignedInPerson(personId, username, displayName, null, active, newRoles, mustChangePassword,
                preferredLocale);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .sorted()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInPerson that && that.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + personId + "]";
    }
}

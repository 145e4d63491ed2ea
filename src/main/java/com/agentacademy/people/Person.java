package com.agentacademy.people;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

import com.agentacademy.security.SignedInPerson;

/**
 * Someone who works in the call centre and signs in to the academy. User names are stored in
 * lower case; a person is never deleted, only deactivated, so that their history stays whole.
 */
@Entity
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String employeeNumber;

    private String displayName;

    private String email;

    private String passwordHash;

    private boolean mustChangePassword;

    private boolean active;

    private Long teamId;

    private String preferredLocale;

    private boolean mailDigest;

    // Hidden never changes once made: Hibernate compares it as it is instead of keeping a
    // serialized copy of every loaded person's numbers to find changes
    @Convert(converter = PersonalData.PhoneColumn.class)
    @Mutability(Immutability.class)
    private PersonalData.Hidden phone;

    @Convert(converter = PersonalData.NationalIdColumn.class)
    @Mutability(Immutability.class)
    private PersonalData.Hidden nationalId;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    Person(String username, String employeeNumber, String displayName, String email, Set<Role> roles,
            Long teamId, String passwordHash, boolean temporaryPassword, Clock clock) {
        this.username = normaliseUsername(username);
        this.employeeNumber = employeeNumber.strip();
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.teamId = teamId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = temporaryPassword;
        this.active = true;
        this.createdAt = clock.instant();
    }

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    void updateDetails(String displayName, String email, Long teamId) {
        this.displayName = displayName.strip();
        this.email = email.strip();
        this.teamId = teamId;
    }

    /**
     * Records the phone and ID numbers as {@link PersonalData} writes them ({@code null} for none);
     * the caller has checked them.
     */
    void recordPersonalData(String phone, String nationalId) {
        this.phone = PersonalData.Hidden.of(phone);
        this.nationalId = PersonalData.Hidden.of(nationalId);
    }

    void changeRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    /** A password set by someone else: the person must choose their own at the next sign-in. */
    void setTemporaryPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    void setOwnPassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    void preferLanguage(String languageTag) {
        this.preferredLocale = languageTag;
    }

    /** E-mail notices one by one as they happen, or one summary a day; in the app they show at once either way. */
    void chooseMailDigest(boolean digest) {
        this.mailDigest = digest;
    }

    boolean hasRole(Role role) {
        return roles.contains(role);
    }

    SignedInPerson toSignedInPerson() {
        Set<String> roleNames = roles.stream().map(Role::name).collect(Collectors.toSet());
        return new SignedInPerson(id, username, displayName, passwordHash, active, roleNames, mustChangePassword,
                preferredLocale);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public boolean isMailDigest() {
        return mailDigest;
    }

    /** Only for the person themselves, HR and administrators. */
    public String getPhone() {
        return PersonalData.Hidden.valueOf(phone);
    }

    /** In full only for HR and administrators; others see {@link #getNationalIdMasked()}. */
    public String getNationalId() {
        return PersonalData.Hidden.valueOf(nationalId);
    }

    public String getNationalIdMasked() {
        return PersonalData.masked(getNationalId());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}

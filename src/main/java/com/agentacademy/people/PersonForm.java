package com.agentacademy.people;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** The person form of administrators and HR. */
class PersonForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{people.username.pattern}")
    private String username;

    @NotBlank
    @Size(max = 32)
    private String employeeNumber;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 32)
    private String phone;

    @Size(max = 32)
    private String nationalId;

    private Long teamId;

    @NotEmpty
    private Set<Role> roles = EnumSet.of(Role.AGENT);

    static PersonForm of(Person person) {
        var form = new PersonForm();
        form.username = person.getUsername();
        form.employeeNumber = person.getEmployeeNumber();
        form.displayName = person.getDisplayName();
        form.email = person.getEmail();
        form.teamId = person.getTeamId();
        form.phone = person.getPhone();
        form.nationalId = person.getNationalId();
        form.roles = EnumSet.copyOf(person.getRoles().isEmpty() ? EnumSet.of(Role.AGENT) : person.getRoles());
        return form;
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

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Rejects a phone number or ID number that is given but not valid, naming the field. */
    void checkPersonalData(BindingResult result) {
        if (!result.hasFieldErrors("phone") && !PersonalData.isPhone(PersonalData.phone(phone))) {
            result.rejectValue("phone", "people.phone.invalid");
        }
        if (!result.hasFieldErrors("nationalId") && !PersonalData.isNationalId(PersonalData.nationalId(nationalId))) {
            result.rejectValue("nationalId", "people.national-id.invalid");
        }
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public Set<Role> getRoles() {
        return roles == null ? Set.of() : roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}

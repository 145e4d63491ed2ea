package com.agentacademy.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.web.CsvTable;

/**
 * HR's import of new hires from a CSV file with the columns {@code name, employee_number, email,
 * team, roles} (roles separated by {@code ;} or {@code |}, AGENT when empty) and optionally
 * {@code phone} and {@code national_id}. The whole file is
 * checked first; people are created only when every row is valid, all in one transaction. The
 * employee number becomes the user name, and each new hire gets a temporary password to change at
 * first sign-in.
 *
 * <p>Other modules (onboarding cohorts) use {@link #ensureAccounts}: the same file, where a row
 * whose employee number already has an account means that person instead of an error.
 */
@Service
public class NewHireImport {

    /** The columns of the file, in the order the pages name them. */
    public static final List<String> COLUMNS = List.of("name", "employee_number", "email", "team", "roles");

    /** Columns a file may have: a Chinese mobile or international phone number, the national ID number. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("phone", "national_id");

    /** The most rows a file may have. */
    public static final int MAX_ROWS = 2_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** A problem in one row; {@code row} is the spreadsheet row number (the header is row 1). */
    public record RowError(int row, String messageKey, List<Object> arguments) {

        /** The i-th argument of the message, empty when there is none. */
        public Object argument(int i) {
            return i < arguments.size() ? arguments.get(i) : "";
        }
    }

    /** Either the errors (and nothing stored) or the people created with their temporary passwords. */
    record Outcome(List<RowError> errors, List<PeopleManagement.Handover> created) {

        boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /**
     * The people a file names, or why it was refused; nothing is stored when {@code errors} is not empty.
     *
     * @param personIds every row's person, in the file's order
     * @param created the accounts made now, with the temporary passwords to hand over
     */
    public record Accounts(List<RowError> errors, List<Long> personIds, List<TemporaryPasswordShown> created) {

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private record Candidate(String name, String employeeNumber, String email, Long teamId, Set<Role> roles,
            String phone, String nationalId, Long existingId) {
    }

    private final PersonRepository persons;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    NewHireImport(PersonRepository persons, TeamRepository teams, PasswordEncoder passwordEncoder, Clock clock) {
        this.persons = persons;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    Outcome run(CsvTable table, boolean actorIsAdmin) {
        List<RowError> errors = new ArrayList<>();
        List<Candidate> candidates = check(table, actorIsAdmin, Existing.REFUSED, errors);
        if (!errors.isEmpty()) {
            return new Outcome(List.copyOf(errors), List.of());
        }
        List<PeopleManagement.Handover> created = new ArrayList<>();
        for (Candidate candidate : candidates) {
            created.add(create(candidate));
        }
        return new Outcome(List.of(), List.copyOf(created));
    }

    /**
     * Finds or creates the people a new-hire file names, all or nothing: a row whose employee number
     * has an account means that person (the row's other columns are then not used); any other row
     * becomes a new account, when {@code mayCreate}, else it is an error.
     *
     * @param actorIsAdmin whether the importer may give the ADMIN role
     * @param mayCreate whether the importer may create accounts (HR and administrators)
     */
    @Transactional
    public Accounts ensureAccounts(CsvTable table, boolean actorIsAdmin, boolean mayCreate) {
        List<RowError> errors = new ArrayList<>();
        List<Candidate> candidates = check(table, actorIsAdmin, mayCreate ? Existing.USED : Existing.ONLY, errors);
        if (!errors.isEmpty()) {
            return new Accounts(List.copyOf(errors), List.of(), List.of());
        }
        List<Long> ids = new ArrayList<>();
        List<TemporaryPasswordShown> created = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.existingId() != null) {
                ids.add(candidate.existingId());
                continue;
            }
            PeopleManagement.Handover handover = create(candidate);
            ids.add(handover.person().getId());
            created.add(handover.shown());
        }
        return new Accounts(List.of(), List.copyOf(ids), List.copyOf(created));
    }

    /** What a row naming an existing employee number means. */
    private enum Existing {
        /** an error: the import creates people only */
        REFUSED,
        /** that person; other rows create accounts */
        USED,
        /** that person; every row must name an existing account */
        ONLY
    }

    private List<Candidate> check(CsvTable table, boolean actorIsAdmin, Existing existing, List<RowError> errors) {
        Map<String, Long> teamIds = new java.util.HashMap<>();
        teams.findAll().forEach(team -> teamIds.put(team.getName().toLowerCase(Locale.ROOT), team.getId()));
        List<Candidate> candidates = new ArrayList<>();
        Set<String> numbersInFile = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            check(row, teamIds, numbersInFile, actorIsAdmin, existing, errors).ifPresent(candidates::add);
        }
        return candidates;
    }

    private PeopleManagement.Handover create(Candidate candidate) {
        String temporary = TemporaryPasswords.next();
        Person person = new Person(candidate.employeeNumber(), candidate.employeeNumber(), candidate.name(),
                candidate.email(), candidate.roles(), candidate.teamId(), passwordEncoder.encode(temporary), true, clock);
        person.recordPersonalData(candidate.phone(), candidate.nationalId());
        persons.save(person);
        return new PeopleManagement.Handover(person, temporary);
    }

    private Optional<Candidate> check(CsvTable.Row row, Map<String, Long> teamIds, Set<String> numbersInFile,
            boolean actorIsAdmin, Existing existing, List<RowError> errors) {
        int before = errors.size();
        String name = row.get("name");
        String number = row.get("employee_number");
        String email = row.get("email");
        String team = row.get("team");
        boolean validNumber = EMPLOYEE_NUMBER.matcher(number).matches();
        boolean repeated = validNumber && !numbersInFile.add(number.toLowerCase(Locale.ROOT));
        Optional<Person> found = !validNumber || repeated || existing == Existing.REFUSED ? Optional.empty()
                : persons.findByEmployeeNumberIgnoreCase(number);
        if (found.isPresent()) {
            if (!found.get().isActive()) {
                errors.add(error(row, "import.error.inactive", number));
                return Optional.empty();
            }
            return Optional.of(new Candidate(name, number, email, null, Set.of(), null, null, found.get().getId()));
        }
        if (existing == Existing.ONLY && validNumber && !repeated) {
            errors.add(error(row, "import.error.no-account", number));
            return Optional.empty();
        }
        if (name.isEmpty() || name.length() > 100) {
            errors.add(error(row, "import.error.name"));
        }
        if (!validNumber) {
            errors.add(error(row, "import.error.employee-number", number));
        }
        else if (repeated) {
            errors.add(error(row, "import.error.duplicate-in-file", number));
        }
        else if (persons.existsByEmployeeNumberIgnoreCase(number)
                || persons.existsByUsername(Person.normaliseUsername(number))) {
            errors.add(error(row, "import.error.exists", number));
        }
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(error(row, "import.error.email", email));
        }
        Long teamId = team.isEmpty() ? null : teamIds.get(team.toLowerCase(Locale.ROOT));
        if (!team.isEmpty() && teamId == null) {
            errors.add(error(row, "import.error.team", team));
        }
        Set<Role> roles = roles(row, actorIsAdmin, errors);
        // the values themselves stay out of the messages: they are personal data
        String phone = PersonalData.phone(row.get("phone"));
        if (!PersonalData.isPhone(phone)) {
            errors.add(error(row, "import.error.phone"));
        }
        String nationalId = PersonalData.nationalId(row.get("national_id"));
        if (!PersonalData.isNationalId(nationalId)) {
            errors.add(error(row, "import.error.national-id"));
        }
        return errors.size() == before
                ? Optional.of(new Candidate(name, number, email, teamId, roles, phone, nationalId, null))
                : Optional.empty();
    }

    private static Set<Role> roles(CsvTable.Row row, boolean actorIsAdmin, List<RowError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : row.get("roles").split("[;|]")) {
            String name = part.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            }
            catch (IllegalArgumentException unknown) {
                errors.add(error(row, "import.error.role", part.strip()));
            }
        }
        if (roles.contains(Role.ADMIN) && !actorIsAdmin) {
            errors.add(error(row, "import.error.admin-role"));
        }
        return roles.isEmpty() ? EnumSet.of(Role.AGENT) : roles;
    }

    private static RowError error(CsvTable.Row row, String key, Object... arguments) {
        return new RowError(row.number(), key, List.of(arguments));
    }
}

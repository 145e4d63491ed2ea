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
 * team, roles} (roles separated by {@code ;} or {@code |}, AGENT when empty). The whole file is
 * checked first; people are created only when every row is valid, all in one transaction. The
 * employee number becomes the user name, and each new hire gets a temporary password to change at
 * first sign-in.
 */
@Service
class NewHireImport {

    static final List<String> COLUMNS = List.of("name", "employee_number", "email", "team", "roles");
    static final int MAX_ROWS = 2_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** A problem in one row; {@code row} is the spreadsheet row number (the header is row 1). */
    record RowError(int row, String messageKey, List<Object> arguments) {

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

    private record Candidate(String name, String employeeNumber, String email, Long teamId, Set<Role> roles) {
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
        Map<String, Long> teamIds = new java.util.HashMap<>();
        teams.findAll().forEach(team -> teamIds.put(team.getName().toLowerCase(Locale.ROOT), team.getId()));
        List<RowError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Set<String> numbersInFile = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            check(row, teamIds, numbersInFile, actorIsAdmin, errors).ifPresent(candidates::add);
        }
        if (!errors.isEmpty()) {
            return new Outcome(List.copyOf(errors), List.of());
        }
        List<PeopleManagement.Handover> created = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String temporary = TemporaryPasswords.next();
            Person person = persons.save(new Person(candidate.employeeNumber(), candidate.employeeNumber(),
                    candidate.name(), candidate.email(), candidate.roles(), candidate.teamId(),
                    passwordEncoder.encode(temporary), true, clock));
            created.add(new PeopleManagement.Handover(person, temporary));
        }
        return new Outcome(List.of(), List.copyOf(created));
    }

    private Optional<Candidate> check(CsvTable.Row row, Map<String, Long> teamIds, Set<String> numbersInFile,
            boolean actorIsAdmin, List<RowError> errors) {
        int before = errors.size();
        String name = row.get("name");
        String number = row.get("employee_number");
        String email = row.get("email");
        String team = row.get("team");
        if (name.isEmpty() || name.length() > 100) {
            errors.add(error(row, "import.error.name"));
        }
        if (!EMPLOYEE_NUMBER.matcher(number).matches()) {
            errors.add(error(row, "import.error.employee-number", number));
        }
        else if (!numbersInFile.add(number.toLowerCase(Locale.ROOT))) {
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
        return errors.size() == before ? Optional.of(new Candidate(name, number, email, teamId, roles)) : Optional.empty();
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

package com.agentacademy.career;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.security.AuditTrail;
import com.agentacademy.web.CsvTable;
import com.agentacademy.web.UploadedFileName;

/**
 * HR's upload of the call-centre system's monthly export. The whole file is checked first and
 * stored only when every row is valid; the months it contains are then replaced entirely, so that
 * uploading a corrected export of a month leaves exactly its figures. Every upload, accepted or
 * refused, leaves one audit entry.
 */
@Service
class KpiImport {

    static final String EMPLOYEE_NUMBER = "employee_number";
    static final String MONTH = "month";
    static final String CALLS = "calls_handled";
    static final String FIRST_CONTACT_RESOLUTION = "first_contact_resolution";
    static final String HANDLE_TIME = "avg_handle_time_seconds";
    static final String QA_SCORE = "qa_score";
    static final String CSAT = "csat";

    static final List<String> COLUMNS = List.of(EMPLOYEE_NUMBER, MONTH, CALLS, FIRST_CONTACT_RESOLUTION, HANDLE_TIME,
            QA_SCORE, CSAT);

    /** The headers a Chinese call-centre system gives the same columns (both kinds of brackets). */
    static final Map<String, String> CHINESE_NAMES = Map.of("工号", EMPLOYEE_NUMBER, "月份", MONTH, "接听量", CALLS,
            "一次解决率", FIRST_CONTACT_RESOLUTION, "平均处理时长(秒)", HANDLE_TIME, "平均处理时长（秒）", HANDLE_TIME,
            "质检得分", QA_SCORE, "满意度", CSAT);

    static final int MAX_ROWS = 50_000;
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_PROBLEMS_SHOWN = 200;

    /**
     * A problem with the file: {@code line} 0 and no column when the file as a whole is refused,
     * else the line of the file and the column (none when the row as a whole is wrong).
     */
    record Problem(int line, String column, String messageKey, List<Object> arguments) {

        /** The i-th argument of the message, empty when there is none. */
        public Object argument(int i) {
            return i < arguments.size() ? arguments.get(i) : "";
        }

        /** The column as the file may name it: its own name and its Chinese one. */
        public String columnNames() {
            String chinese = CHINESE_NAMES.entrySet().stream().filter(entry -> entry.getValue().equals(column))
                    .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
            return chinese == null ? column : column + " / " + chinese;
        }
    }

    /**
     * What became of an upload: the problems (the first {@link #MAX_PROBLEMS_SHOWN} of
     * {@code problemCount}) and nothing stored, or the rows stored for the months.
     */
    record Outcome(String fileName, List<Problem> problems, int problemCount, int rows, SortedSet<YearMonth> months) {

        boolean succeeded() {
            return problemCount == 0;
        }

        String monthList() {
            return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
        }
    }

    private final KpiStore store;
    private final PeopleDirectory people;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiImport(KpiStore store, PeopleDirectory people, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the file and stores it when every row is valid. */
    @Transactional
    Outcome run(String fileName, byte[] bytes, long actorId) {
        String name = fileName(fileName);
        if (bytes.length > MAX_BYTES) {
            return refused(name, actorId, fileProblem("kpi.import.too-large", MAX_BYTES / (1024 * 1024)), 0, new TreeSet<>());
        }
        CsvTable table;
        try {
            table = CsvTable.readExactly(bytes, COLUMNS, CHINESE_NAMES, MAX_ROWS);
        }
        catch (CsvTable.Unreadable unreadable) {
            return refused(name, actorId, List.of(new Problem(0, null, unreadable.messageKey(),
                    List.of(unreadable.argument(0), unreadable.argument(1)))), 0, new TreeSet<>());
        }
        Check check = new Check(peopleByNumber(), YearMonth.now(clock).minusMonths(1));
        table.rows().forEach(check::row);
        if (!check.problems.isEmpty()) {
            return refused(name, actorId, check.problems, table.rows().size(), check.months);
        }
        return store(name, actorId, check.rows, check.months);
    }

    private Outcome store(String fileName, long actorId, List<KpiMonth> rows, SortedSet<YearMonth> months) {
        Instant now = clock.instant();
        Set<Long> changed = new HashSet<>(store.peopleIn(months));
        rows.forEach(row -> changed.add(row.personId()));
        store.replaceMonths(months, rows, actorId, now);
        Outcome outcome = new Outcome(fileName, List.of(), 0, rows.size(), months);
        long upload = store.logUpload(fileName, cut(outcome.monthList(), 2000), rows.size(), actorId, now);
        audit.record(actorId, "KPI_IMPORT", "kpi-upload:" + upload,
                "file=" + fileName + "; months=" + outcome.monthList() + "; rows=" + rows.size());
        events.publishEvent(new KpisRecorded(changed));
        return outcome;
    }

    private Outcome refused(String fileName, long actorId, List<Problem> problems, int rows, SortedSet<YearMonth> months) {
        Outcome outcome = new Outcome(fileName, List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))),
                problems.size(), rows, months);
        Problem first = problems.get(0);
        audit.record(actorId, "KPI_IMPORT_REFUSED", "kpi-import", "file=" + fileName + "; months=" + outcome.monthList()
                + "; rows=" + rows + "; problems=" + problems.size() + "; first=" + (first.line() > 0 ? "line " + first.line() + " " : "")
                + first.messageKey());
        return outcome;
    }

    private Map<String, PersonSummary> peopleByNumber() {
        Map<String, PersonSummary> byNumber = new HashMap<>();
        for (PersonSummary person : people.everyone()) {
            if (person.employeeNumber() != null) {
                byNumber.put(person.employeeNumber().strip().toLowerCase(Locale.ROOT), person);
            }
        }
        return byNumber;
    }

    /** The checking of every row: the problems found, the months seen, the rows to store. */
    private static final class Check {

        private final Map<String, PersonSummary> peopleByNumber;
        private final YearMonth lastEnded;
        private final List<Problem> problems = new ArrayList<>();
        private final SortedSet<YearMonth> months = new TreeSet<>();
        private final List<KpiMonth> rows = new ArrayList<>();
        private final Map<String, Integer> firstLines = new LinkedHashMap<>();

        Check(Map<String, PersonSummary> peopleByNumber, YearMonth lastEnded) {
            this.peopleByNumber = peopleByNumber;
            this.lastEnded = lastEnded;
        }

        void row(CsvTable.Row row) {
            int before = problems.size();
            String number = row.get(EMPLOYEE_NUMBER);
            PersonSummary person = number.isEmpty() ? null : peopleByNumber.get(number.toLowerCase(Locale.ROOT));
            if (number.isEmpty()) {
                problems.add(new Problem(row.line(), EMPLOYEE_NUMBER, "kpi.value.empty", List.of()));
            }
            else if (person == null) {
                problems.add(new Problem(row.line(), EMPLOYEE_NUMBER, "kpi.import.unknown-employee",
                        List.of(cut(number, 30))));
            }
            YearMonth month = KpiValues.month(row.get(MONTH), lastEnded, at(row, MONTH));
            Integer calls = KpiValues.calls(row.get(CALLS), at(row, CALLS));
            BigDecimal resolution = KpiValues.percent(row.get(FIRST_CONTACT_RESOLUTION), at(row, FIRST_CONTACT_RESOLUTION));
            Integer handleTime = KpiValues.handleTime(row.get(HANDLE_TIME), at(row, HANDLE_TIME));
            BigDecimal qa = KpiValues.percent(row.get(QA_SCORE), at(row, QA_SCORE));
            BigDecimal csat = KpiValues.percent(row.get(CSAT), at(row, CSAT));
            if (month != null) {
                months.add(month);
            }
            if (person != null && month != null) {
                Integer earlier = firstLines.putIfAbsent(person.id() + "@" + month, row.line());
                if (earlier != null) {
                    problems.add(new Problem(row.line(), null, "kpi.import.duplicate",
                            List.of(person.employeeNumber(), month.toString(), earlier)));
                }
            }
            if (problems.size() == before) {
                rows.add(new KpiMonth(person.id(), month, calls, resolution, handleTime, qa, csat));
            }
        }

        private Consumer<KpiValues.Problem> at(CsvTable.Row row, String column) {
            return problem -> problems.add(new Problem(row.line(), column, problem.messageKey(), problem.arguments()));
        }
    }

    private static List<Problem> fileProblem(String key, Object... arguments) {
        return List.of(new Problem(0, null, key, List.of(arguments)));
    }

    /** The name of the file without any folder a browser may send with it. */
    private static String fileName(String original) {
        return UploadedFileName.of(original, 255);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}

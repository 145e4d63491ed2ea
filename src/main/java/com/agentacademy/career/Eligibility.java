package com.agentacademy.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import com.agentacademy.catalog.CourseCompletion;
import com.agentacademy.certification.CertificateHoldings;
import com.agentacademy.exam.CertificationCatalog;
import com.agentacademy.exam.ExamResults;
import com.agentacademy.people.PersonSummary;

/**
 * Checks a person against a level's requirements, each with its status, the evidence it rests on,
 * how far along the person is and where to go next. Time comes from the injected clock.
 */
@Service
class Eligibility {

    enum Status {
        MET, UNMET,
        /** The supervisor's review: it comes with the application, so it does not hold eligibility back. */
        REVIEW
    }

    /** One requirement as it stands for one person, in the reader's words. */
    record Check(Requirement requirement, String title, Status status, int percent, String evidence, String link,
            String linkText) {

        public boolean met() {
            return status == Status.MET;
        }

        public boolean unmet() {
            return status == Status.UNMET;
        }
    }

    /** A person against one level. */
    record Standing(LadderLevel level, List<Check> checks) {

        /** Eligible to apply: nothing unmet (the supervisor's review follows the application). */
        public boolean eligible() {
            return checks.stream().noneMatch(Check::unmet);
        }

        public List<Check> unmetChecks() {
            return checks.stream().filter(Check::unmet).toList();
        }

        public int met() {
            return (int) checks.stream().filter(Check::met).count();
        }

        public int counted() {
            return (int) checks.stream().filter(check -> check.status() != Status.REVIEW).count();
        }

        /** Progress over the system-checked requirements, each weighted equally. */
        public int percent() {
            return counted() == 0 ? 100
                    : checks.stream().filter(check -> check.status() != Status.REVIEW).mapToInt(Check::percent).sum()
                            / counted();
        }
    }

    private final CertificateHoldings certificates;
    private final CertificationCatalog certifications;
    private final CourseCompletion courses;
    private final ExamResults exams;
    private final KpiHistory kpis;
    private final MessageSource messages;
    private final Clock clock;

    Eligibility(CertificateHoldings certificates, CertificationCatalog certifications, CourseCompletion courses,
            ExamResults exams, KpiHistory kpis, MessageSource messages, Clock clock) {
        this.certificates = certificates;
        this.certifications = certifications;
        this.courses = courses;
        this.exams = exams;
        this.kpis = kpis;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The person against the target level.
     *
     * @param since when the person reached their current level
     * @param reviewed whether a supervisor has recommended the person's application
     */
    Standing evaluate(PersonSummary person, LocalDate since, LadderLevel target, boolean reviewed, Locale locale) {
        List<CertificateHoldings.Holding> held = target.getRequirements().stream()
                .anyMatch(requirement -> requirement.getKind() == Requirement.Kind.CERTIFICATION)
                        ? certificates.of(person.id()) : List.of();
        List<Check> checks = new ArrayList<>();
        for (Requirement requirement : target.getRequirements()) {
            checks.add(switch (requirement.getKind()) {
                case CERTIFICATION -> certification(held, requirement, locale);
                case COURSE -> course(person, requirement, locale);
                case TENURE -> tenure(since, requirement, locale);
                case KPI -> kpi(person, requirement, locale);
                case ASSESSMENT -> assessment(person, requirement, locale);
                case SUPERVISOR_REVIEW -> reviewed
                        ? new Check(requirement, title(requirement, locale), Status.MET, 100,
                                text(locale, "career.evidence.review-done"), null, null)
                        : new Check(requirement, title(requirement, locale), Status.REVIEW, 0,
                                text(locale, "career.evidence.review"), null, null);
            });
        }
        return new Standing(target, checks);
    }

    /** What a requirement asks, in the reader's words. */
    String title(Requirement requirement, Locale locale) {
        return switch (requirement.getKind()) {
            case CERTIFICATION -> text(locale, "career.requirement.certification", certificationName(requirement.getSubject(), locale));
            case COURSE -> text(locale, "career.requirement.course",
                    courses.title(requirement.getSubject(), locale).orElse(requirement.getSubject()));
            case TENURE -> text(locale, "career.requirement.tenure", requirement.getMonths());
            case KPI -> kpiTitle(requirement, locale);
            case ASSESSMENT -> text(locale, requirement.getMonths() == null ? "career.requirement.assessment"
                    : "career.requirement.assessment-within", assessmentName(requirement.exams(), locale),
                    requirement.getMonths());
            case SUPERVISOR_REVIEW -> text(locale, "career.requirement.review");
        };
    }

    private String kpiTitle(Requirement requirement, Locale locale) {
        Measure measure = requirement.measure();
        String name = text(locale, "career.measure." + measure.code());
        String low = requirement.getMinValue() == null ? null : show(measure, requirement.getMinValue(), false);
        String high = requirement.getMaxValue() == null ? null : show(measure, requirement.getMaxValue(), false);
        String key = low != null && high != null ? "career.requirement.kpi-between"
                : low != null ? "career.requirement.kpi-at-least" : "career.requirement.kpi-at-most";
        return text(locale, key, name, low != null ? low : high, high, requirement.getMonths());
    }

    private Check certification(List<CertificateHoldings.Holding> held, Requirement requirement, Locale locale) {
        Optional<CertificateHoldings.Holding> holding = held.stream()
                .filter(one -> one.certificationId().equals(requirement.getSubject())).findFirst();
        String title = title(requirement, locale);
        if (holding.isPresent() && holding.get().current()) {
            return new Check(requirement, title, Status.MET, 100,
                    text(locale, "career.evidence.certificate-valid", day(holding.get().endsAt())), null, null);
        }
        String link = examFor(requirement.getSubject(), locale).map(slug -> "/exams/" + slug).orElse("/certificates");
        String evidence = holding.isPresent()
                ? text(locale, "career.evidence.certificate-ended", day(holding.get().endsAt()))
                : text(locale, "career.evidence.certificate-missing");
        return new Check(requirement, title, Status.UNMET, 0, evidence, link, text(locale, "career.next.exam"));
    }

    private Check course(PersonSummary person, Requirement requirement, Locale locale) {
        Optional<CourseCompletion.Completion> completion = courses.of(person.id(), requirement.getSubject(), locale);
        if (completion.isEmpty()) {
            return new Check(requirement, title(requirement, locale), Status.UNMET, 0,
                    text(locale, "career.evidence.course-missing"), null, null);
        }
        CourseCompletion.Completion read = completion.get();
        String title = text(locale, "career.requirement.course", read.title());
        String evidence = text(locale, "career.evidence.course", read.completed(), read.modules());
        return read.isComplete() ? new Check(requirement, title, Status.MET, 100, evidence, null, null)
                : new Check(requirement, title, Status.UNMET, read.percent(), evidence,
                        "/courses/" + requirement.getSubject(), text(locale, "career.next.course"));
    }

    private Check tenure(LocalDate since, Requirement requirement, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        int wanted = requirement.getMonths();
        long months = ChronoUnit.MONTHS.between(since, today);
        String title = title(requirement, locale);
        if (months >= wanted) {
            return new Check(requirement, title, Status.MET, 100,
                    text(locale, "career.evidence.tenure", months, since.toString()), null, null);
        }
        return new Check(requirement, title, Status.UNMET, wanted == 0 ? 0 : (int) (months * 100 / wanted),
                text(locale, "career.evidence.tenure-short", months, since.toString(), since.plusMonths(wanted).toString()),
                null, null);
    }

    private Check kpi(PersonSummary person, Requirement requirement, Locale locale) {
        Measure measure = requirement.measure();
        int wanted = requirement.getMonths();
        List<KpiMonth> months = kpis.recent(person.id(), YearMonth.now(clock), wanted);
        String title = title(requirement, locale);
        String link = "/kpis";
        String linkText = text(locale, "career.next.kpis");
        if (months.size() < wanted) {
            return new Check(requirement, title, Status.UNMET, wanted == 0 ? 0 : months.size() * 100 / wanted,
                    text(locale, "career.evidence.kpi-missing", months.size(), wanted), link, linkText);
        }
        BigDecimal sum = months.stream().map(measure::of).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = sum.divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_UP);
        String evidence = text(locale, "career.evidence.kpi", show(measure, average, true), months.get(months.size() - 1).month(),
                months.get(0).month());
        BigDecimal low = requirement.getMinValue();
        BigDecimal high = requirement.getMaxValue();
        boolean met = (low == null || average.compareTo(low) >= 0) && (high == null || average.compareTo(high) <= 0);
        if (met) {
            return new Check(requirement, title, Status.MET, 100, evidence, null, null);
        }
        int percent = low != null && average.compareTo(low) < 0 && low.signum() > 0
                ? average.multiply(BigDecimal.valueOf(100)).divide(low, 0, RoundingMode.DOWN).intValue()
                : average.signum() > 0 ? high.multiply(BigDecimal.valueOf(100)).divide(average, 0, RoundingMode.DOWN).intValue()
                        : 0;
        return new Check(requirement, title, Status.UNMET, Math.min(99, percent), evidence, link, linkText);
    }

    private Check assessment(PersonSummary person, Requirement requirement, Locale locale) {
        String title = title(requirement, locale);
        List<String> slugs = requirement.exams();
        String link = slugs.isEmpty() ? null : "/exams/" + inLanguage(slugs, locale);
        Optional<ExamResults.Result> pass = exams.latestPass(person.id(), slugs);
        if (pass.isEmpty()) {
            return new Check(requirement, title, Status.UNMET, 0, text(locale, "career.evidence.assessment-missing"), link,
                    text(locale, "career.next.exam"));
        }
        ExamResults.Result result = pass.get();
        String evidence = text(locale, "career.evidence.assessment-passed", result.examTitle(), day(result.finishedAt()),
                Math.round(result.percent()));
        Integer within = requirement.getMonths();
        if (within != null && LocalDate.ofInstant(result.finishedAt(), zone()).isBefore(LocalDate.now(clock).minusMonths(within))) {
            return new Check(requirement, title, Status.UNMET, 0,
                    evidence + " " + text(locale, "career.evidence.assessment-old", within), link,
                    text(locale, "career.next.exam"));
        }
        return new Check(requirement, title, Status.MET, 100, evidence, null, null);
    }

    /** The exam slug in the reader's language when there is one (slugs end in -en or -zh), else the first. */
    private static String inLanguage(List<String> slugs, Locale locale) {
        String suffix = locale.getLanguage().equals("zh") ? "-zh" : "-en";
        return slugs.stream().filter(slug -> slug.endsWith(suffix)).findFirst().orElse(slugs.get(0));
    }

    private Optional<String> examFor(String certificationId, Locale locale) {
        List<String> slugs = certifications.grantingExams().stream()
                .filter(exam -> certificationId.equals(exam.certificationId())).map(CertificationCatalog.GrantingExam::slug)
                .toList();
        return slugs.isEmpty() ? Optional.empty() : Optional.of(inLanguage(slugs, locale));
    }

    /** The assessment's exam by its title in the reader's language, when the exam exists. */
    private String assessmentName(List<String> slugs, Locale locale) {
        if (slugs.isEmpty()) {
            return "";
        }
        String slug = inLanguage(slugs, locale);
        return exams.titles(slugs).getOrDefault(slug, slug);
    }

    private String certificationName(String id, Locale locale) {
        return certifications.find(id).map(definition -> definition.name(locale)).orElse(id);
    }

    /**
     * A KPI value as people read it: percentages with a % sign, handle time as minutes:seconds,
     * averages with one decimal, thresholds without trailing zeros.
     */
    static String show(Measure measure, BigDecimal value, boolean average) {
        return switch (measure) {
            case HANDLE_TIME -> {
                long seconds = value.setScale(0, RoundingMode.HALF_UP).longValue();
                yield seconds / 60 + ":" + String.format("%02d", seconds % 60);
            }
            case CALLS_HANDLED -> value.setScale(0, RoundingMode.HALF_UP).toPlainString();
            default -> {
                String number = average ? value.setScale(1, RoundingMode.HALF_UP).toPlainString()
                        : value.stripTrailingZeros().toPlainString();
                yield measure.isPercentage() ? number + " %" : number;
            }
        };
    }

    private String day(Instant instant) {
        return LocalDate.ofInstant(instant, zone()).toString();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private String text(Locale locale, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "" : args[i].toString();
        }
        return messages.getMessage(key, shown, locale);
    }
}

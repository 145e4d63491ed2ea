package com.agentacademy.career;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.agentacademy.people.PeopleDirectory;
import com.agentacademy.people.PersonSummary;
import com.agentacademy.web.ChartData;

/**
 * HR's view of the ladder as a whole: people and eligible people per level, open applications and
 * their age, promotions per month and how long people have been on their level.
 */
@Service
public class Pipeline {

    /** Months-on-level buckets for the time-in-level chart: up to 3, 6, 12, 24 months, and more. */
    static final int[] BUCKETS = { 3, 6, 12, 24 };

    record Pending(PromotionApplication application, PersonSummary person, String to, long ageDays) {
    }

    private final Ladder ladder;
    private final Placements placements;
    private final EligibilityBoard board;
    private final PromotionApplicationRepository applications;
    private final PeopleDirectory people;
    private final MessageSource messages;
    private final Clock clock;

    Pipeline(Ladder ladder, Placements placements, EligibilityBoard board, PromotionApplicationRepository applications,
            PeopleDirectory people, MessageSource messages, Clock clock) {
        this.ladder = ladder;
        this.placements = placements;
        this.board = board;
        this.applications = applications;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    /** People on each level and how many of them are eligible for a next level now. */
    @Transactional(readOnly = true)
    ChartData levels(Locale locale) {
        List<LadderLevel> levels = ladder.all();
        List<PersonSummary> active = people.active();
        Map<Long, Placements.Placement> placed = placements.ofAll(active);
        Map<String, Integer> onLevel = new HashMap<>();
        placed.values().forEach(placement -> onLevel.merge(placement.levelCode(), 1, Integer::sum));
        Map<String, Integer> eligible = new HashMap<>();
        board.of(placed.keySet()).stream().filter(EligibilityBoard.Entry::eligible)
                .map(EligibilityBoard.Entry::personId).distinct()
                .forEach(id -> eligible.merge(placed.get(id).levelCode(), 1, Integer::sum));
        return new ChartData("levels", ChartData.Kind.BAR, levels.stream().map(level -> level.name(locale)).toList(),
                List.of(new ChartData.Series(text("pipeline.series.people", locale),
                        levels.stream().map(level -> onLevel.getOrDefault(level.getCode(), 0)).toList()),
                        new ChartData.Series(text("pipeline.series.eligible", locale),
                                levels.stream().map(level -> eligible.getOrDefault(level.getCode(), 0)).toList())));
    }

    /** Promotions approved in each of the last twelve months, this month included; also on the dashboard. */
    @Transactional(readOnly = true)
    public ChartData promotionsPerMonth(Locale locale) {
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(11);
        Map<YearMonth, Integer> counts = new HashMap<>();
        placements.promotionsSince(first.atDay(1).atStartOfDay(clock.getZone()).toInstant())
                .forEach(move -> counts.merge(YearMonth.from(move.at().atZone(clock.getZone())), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            labels.add(month.toString());
            values.add(counts.getOrDefault(month, 0));
        }
        return new ChartData("promotions", ChartData.Kind.BAR, labels,
                List.of(new ChartData.Series(text("pipeline.series.promotions", locale), values)));
    }

    /** How long people have been on their level, per level, in buckets of months. */
    @Transactional(readOnly = true)
    ChartData timeInLevel(Locale locale) {
        List<LadderLevel> levels = ladder.all();
        Map<Long, Placements.Placement> placed = placements.ofAll(people.active());
        LocalDate today = LocalDate.now(clock);
        int[][] counts = new int[BUCKETS.length + 1][levels.size()];
        for (Placements.Placement placement : placed.values()) {
            int level = indexOf(levels, placement.levelCode());
            if (level < 0) {
                continue;
            }
            long months = ChronoUnit.MONTHS.between(placement.since(), today);
            int bucket = 0;
            while (bucket < BUCKETS.length && months >= BUCKETS[bucket]) {
                bucket++;
            }
            counts[bucket][level]++;
        }
        List<ChartData.Series> series = new ArrayList<>();
        for (int bucket = 0; bucket <= BUCKETS.length; bucket++) {
            List<Integer> values = new ArrayList<>();
            for (int count : counts[bucket]) {
                values.add(count);
            }
            String name = bucket == 0 ? text("pipeline.bucket.first", locale, BUCKETS[0])
                    : bucket == BUCKETS.length ? text("pipeline.bucket.last", locale, BUCKETS[BUCKETS.length - 1])
                            : text("pipeline.bucket.between", locale, BUCKETS[bucket - 1], BUCKETS[bucket]);
            series.add(new ChartData.Series(name, values));
        }
        return new ChartData("time-in-level", ChartData.Kind.STACKED_BAR,
                levels.stream().map(level -> level.name(locale)).toList(), series);
    }

    /** Open applications, oldest first, with their age in days. */
    @Transactional(readOnly = true)
    List<Pending> pending(Locale locale) {
        List<PromotionApplication> open = applications.findByStateInOrderByCreatedAtAsc(
                EnumSet.of(PromotionApplication.State.SUBMITTED, PromotionApplication.State.RECOMMENDED));
        Map<Long, PersonSummary> persons = people.byIds(open.stream().map(PromotionApplication::getPersonId).toList());
        Map<String, String> names = ladder.names(locale);
        return open.stream().filter(application -> persons.containsKey(application.getPersonId()))
                .map(application -> new Pending(application, persons.get(application.getPersonId()),
                        names.getOrDefault(application.getToLevel(), application.getToLevel()),
                        Duration.between(application.getCreatedAt(), clock.instant()).toDays()))
                .toList();
    }

    private static int indexOf(List<LadderLevel> levels, String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).getCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private String text(String key, Locale locale, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, shown, locale);
    }
}

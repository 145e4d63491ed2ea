package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Full-text search over the published modules in both languages. The text of every current
 * revision is held in memory (a few megabytes for a thousand modules) and scanned per query, which
 * needs no tokeniser for Chinese and answers in milliseconds. Each instance refreshes its copy when
 * a revision is published here, and every 30 seconds notices revisions published on other instances.
 */
@Component
class ModuleSearch {

    static final int MAX_HITS = 30;
    private static final int SNIPPET_BEFORE = 60;
    private static final int SNIPPET_AFTER = 140;

    private record Entry(String courseSlug, String courseTitleEn, String courseTitleZh, String moduleSlug,
            String locale, String title, String text, String lowerTitle, String lowerText) {
    }

    private record Index(long newestRevisionId, List<Entry> entries) {
    }

    private final ModuleRevisionRepository revisions;
    private final CourseModuleRepository modules;
    private final CourseRepository courses;
    private volatile Index index = new Index(-1, List.of());

    ModuleSearch(ModuleRevisionRepository revisions, CourseModuleRepository modules, CourseRepository courses) {
        this.revisions = revisions;
        this.modules = modules;
        this.courses = courses;
    }

    List<SearchHit> search(String query, Locale locale) {
        List<String> terms = Arrays.stream(fold(query).strip().split("\\s+"))
                .filter(term -> !term.isEmpty()).limit(8).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        String preferred = ContentLocale.of(locale).tag();
        record Scored(Entry entry, int score) {
        }
        List<Scored> found = new ArrayList<>();
        for (Entry entry : index.entries()) {
            int score = score(entry, terms);
            if (score > 0) {
                found.add(new Scored(entry, score + (entry.locale().equals(preferred) ? 1 : 0)));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed())
                .limit(MAX_HITS)
                .map(scored -> hit(scored.entry(), terms, locale))
                .toList();
    }

    /** 0 when some term is missing; more for terms in the title and for more occurrences. */
    private static int score(Entry entry, List<String> terms) {
        int score = 0;
        for (String term : terms) {
            boolean inTitle = entry.lowerTitle().contains(term);
            int inText = occurrences(entry.lowerText(), term, 10);
            if (!inTitle && inText == 0) {
                return 0;
            }
            score += (inTitle ? 20 : 0) + inText;
        }
        return score;
    }

    private static int occurrences(String text, String term, int cap) {
        int count = 0;
        for (int at = text.indexOf(term); at >= 0 && count < cap; at = text.indexOf(term, at + term.length())) {
            count++;
        }
        return count;
    }

    private static SearchHit hit(Entry entry, List<String> terms, Locale locale) {
        String courseTitle = ContentLocale.of(locale) == ContentLocale.ZH_CN && entry.courseTitleZh() != null
                ? entry.courseTitleZh() : entry.courseTitleEn();
        return new SearchHit(entry.courseSlug(), courseTitle, entry.moduleSlug(), entry.title(), entry.locale(),
                snippet(entry, terms));
    }

    /** The passage around the first match in the text, with every term in it marked. */
    static List<SearchHit.Piece> snippet(Entry entry, List<String> terms) {
        int first = terms.stream().mapToInt(term -> entry.lowerText().indexOf(term)).filter(at -> at >= 0).min().orElse(-1);
        if (first < 0) {
            String start = entry.text().substring(0, Math.min(entry.text().length(), SNIPPET_AFTER));
            return List.of(new SearchHit.Piece(start, false));
        }
        int from = Math.max(0, first - SNIPPET_BEFORE);
        int to = Math.min(entry.text().length(), first + SNIPPET_AFTER);
        String window = entry.text().substring(from, to);
        String lowerWindow = entry.lowerText().substring(from, to);
        List<SearchHit.Piece> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(new SearchHit.Piece("… ", false));
        }
        int at = 0;
        while (at < window.length()) {
            int next = -1;
            String matched = null;
            for (String term : terms) {
                int found = lowerWindow.indexOf(term, at);
                if (found >= 0 && (next < 0 || found < next)) {
                    next = found;
                    matched = term;
                }
            }
            if (next < 0) {
                pieces.add(new SearchHit.Piece(window.substring(at), false));
                break;
            }
            if (next > at) {
                pieces.add(new SearchHit.Piece(window.substring(at, next), false));
            }
            pieces.add(new SearchHit.Piece(window.substring(next, next + matched.length()), true));
            at = next + matched.length();
        }
        if (to < entry.text().length()) {
            pieces.add(new SearchHit.Piece(" …", false));
        }
        return pieces;
    }

    /** Lower case, character by character, so that positions in the folded text are positions in the text. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** After a publish; an import that publishes many revisions at once rebuilds once, not once per revision. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ModuleRevisionPublished published) {
        refreshWhenOthersPublished();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        rebuild();
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void refreshWhenOthersPublished() {
        long newest = revisions.findNewestPublishedId().orElse(0L);
        if (newest != index.newestRevisionId()) {
            rebuild();
        }
    }

    synchronized void rebuild() {
        long newest = revisions.findNewestPublishedId().orElse(0L);
        Map<Long, CourseModule> moduleById = modules.findAll().stream()
                .collect(Collectors.toMap(CourseModule::getId, Function.identity()));
        Map<Long, Course> courseById = courses.findAll().stream()
                .collect(Collectors.toMap(Course::getId, Function.identity()));
        List<Entry> entries = new ArrayList<>();
        for (ModuleRevision revision : revisions.findAllCurrent()) {
            CourseModule module = moduleById.get(revision.getModuleId());
            Course course = module == null ? null : courseById.get(module.getCourseId());
            if (course == null) {
                continue;
            }
            String text = revision.getPlainText();
            entries.add(new Entry(course.getSlug(), course.getTitleEn(), course.getTitleZh(), module.getSlug(),
                    revision.getLocale(), revision.getTitle(), text, fold(revision.getTitle()), fold(text)));
        }
        index = new Index(newest, List.copyOf(entries));
    }

    int size() {
        return index.entries().size();
    }
}

package com.agentacademy.exam;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.agentacademy.files.ContentProblem;
import com.agentacademy.files.TextFile;
import com.agentacademy.files.UnusableFile;
import com.agentacademy.files.YamlDocument;

/**
 * {@code exams/certifications.yml}: the certifications exams grant. A certification with a problem
 * is left out, but its id still counts as declared, so that an exam naming it is not reported for
 * a problem that is not its own.
 */
final class CertificationsFile {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final Set<String> KEYS = Set.of("id", "name", "validity-months", "prerequisites");
    private static final Set<String> NAME_KEYS = Set.of("en", "zh-CN");

    private final List<CertificationDefinition> certifications;
    private final Set<String> declared;

    private CertificationsFile(List<CertificationDefinition> certifications, Set<String> declared) {
        this.certifications = List.copyOf(certifications);
        this.declared = declared;
    }

    /** The certifications without a problem, in file order. */
    List<CertificationDefinition> certifications() {
        return certifications;
    }

    /** Whether exams may name {@code id}; anything may when the file itself could not be read. */
    boolean declares(String id) {
        return declared == null || declared.contains(id);
    }

    /** Reads the file; a missing file declares no certification. */
    static CertificationsFile read(Path file, String where, List<ContentProblem> problems) {
        if (!Files.isRegularFile(file)) {
            return new CertificationsFile(List.of(), Set.of());
        }
        try {
            var fields = new YamlFields(YamlDocument.read(TextFile.read(file, MAX_BYTES), 0), where, problems);
            fields.allowOnly(Set.of("certifications"));
            return read(fields.items("certifications", "id, name, validity-months and prerequisites"), problems);
        }
        catch (UnusableFile ex) {
            problems.add(ex.at(where));
        }
        return new CertificationsFile(List.of(), null);
    }

    private static CertificationsFile read(List<YamlFields> items, List<ContentProblem> problems) {
        Map<String, YamlFields> byId = new LinkedHashMap<>();
        for (YamlFields item : items) {
            item.requiredText("id").ifPresent(id -> {
                if (!ExamFolderReader.SLUG.matcher(id).matches()) {
                    item.report("id", "a certification id has lower-case letters, digits and hyphens only");
                }
                else if (byId.containsKey(id)) {
                    item.report("id", "the certification id \"" + id + "\" is already used at line "
                            + byId.get(id).line("id"));
                }
                else {
                    byId.put(id, item);
                }
            });
        }
        Map<String, CertificationDefinition> certifications = new LinkedHashMap<>();
        for (YamlFields item : items) {
            int before = problems.size();
            Optional<CertificationDefinition> certification = certification(item, byId.keySet());
            if (certification.isPresent() && problems.size() == before && byId.get(certification.get().id()) == item) {
                certifications.put(certification.get().id(), certification.get());
            }
        }
        List<String> inCycles = certifications.keySet().stream().filter(id -> leadsBackToItself(id, certifications))
                .toList();
        for (String id : inCycles) {
            byId.get(id).report("prerequisites", "the prerequisites of \"" + id + "\" lead back to it");
            certifications.remove(id);
        }
        return new CertificationsFile(List.copyOf(certifications.values()), byId.keySet());
    }

    private static Optional<CertificationDefinition> certification(YamlFields item, Set<String> ids) {
        item.allowOnly(KEYS);
        Optional<String> id = item.text("id");
        Optional<YamlFields> names = item.mapping("name");
        names.ifPresent(nested -> nested.allowOnly(NAME_KEYS));
        Optional<String> nameEn = names.isPresent() ? names.get().text("en") : item.text("name");
        if (nameEn.isEmpty()) {
            item.report("name", "missing name (name: {en: ..., zh-CN: ...})");
        }
        Optional<Integer> validity = item.number("validity-months", 1, YamlFields.NO_LIMIT, null);
        List<String> prerequisites = item.list("prerequisites");
        for (String prerequisite : prerequisites) {
            if (!ids.contains(prerequisite)) {
                item.report("prerequisites", "prerequisite \"" + prerequisite + "\" is not a certification");
            }
        }
        if (id.isEmpty() || nameEn.isEmpty() || validity.isEmpty()) {
            return Optional.empty();
        }
        String nameZh = names.flatMap(nested -> nested.text("zh-CN")).orElse(null);
        return Optional.of(new CertificationDefinition(id.get(), nameEn.get(), nameZh, validity.get(), prerequisites));
    }

    /** Whether following prerequisites from {@code id} comes back to it: nobody could ever earn it. */
    private static boolean leadsBackToItself(String id, Map<String, CertificationDefinition> certifications) {
        Set<String> seen = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(certifications.get(id).prerequisites());
        while (!next.isEmpty()) {
            String current = next.pop();
            if (current.equals(id)) {
                return true;
            }
            if (seen.add(current) && certifications.containsKey(current)) {
                next.addAll(certifications.get(current).prerequisites());
            }
        }
        return false;
    }
}

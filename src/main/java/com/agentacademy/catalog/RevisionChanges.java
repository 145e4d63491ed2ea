package com.agentacademy.catalog;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What changed between two revisions of a module, as readable text for notices to learners. */
@Service
@Transactional(readOnly = true)
public class RevisionChanges {

    /** At most this many changed lines are listed; the rest is counted. */
    static final int MOST_LINES = 40;

    private final ModuleRevisionRepository revisions;

    RevisionChanges(ModuleRevisionRepository revisions) {
        this.revisions = revisions;
    }

    /**
     * The lines removed ({@code - }) and added ({@code + }) from {@code previousId} to
     * {@code revisionId}, blank lines left out; every line is new when there was no previous one.
     */
    public String summary(Long previousId, long revisionId) {
        String after = revisions.findById(revisionId).map(ModuleRevision::getMarkdown).orElse("");
        String before = previousId == null ? "" : revisions.findById(previousId).map(ModuleRevision::getMarkdown).orElse("");
        List<DiffLine> changed = TextDiff.lines(before, after).stream()
                .filter(line -> line.kind() != DiffLine.Kind.SAME && !line.text().isBlank()).toList();
        var text = new StringBuilder();
        changed.stream().limit(MOST_LINES).forEach(line -> text
                .append(line.kind() == DiffLine.Kind.ADDED ? "+ " : "- ").append(line.text().strip()).append('\n'));
        if (changed.size() > MOST_LINES) {
            text.append("… ").append(changed.size() - MOST_LINES).append(" more\n");
        }
        return text.toString();
    }
}

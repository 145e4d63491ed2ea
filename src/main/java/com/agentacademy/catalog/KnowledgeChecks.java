package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The fenced {@code gift} blocks of a module, in document order. Their position is the number the
 * reader uses to put each practice question in place of its placeholder.
 */
final class KnowledgeChecks {

    private final List<FencedCodeBlock> blocks;

    private KnowledgeChecks(List<FencedCodeBlock> blocks) {
        this.blocks = blocks;
    }

    static KnowledgeChecks in(Document document) {
        List<FencedCodeBlock> blocks = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FencedCodeBlock block && isKnowledgeCheck(block)) {
                blocks.add(block);
            }
        }
        return new KnowledgeChecks(blocks);
    }

    static boolean isKnowledgeCheck(FencedCodeBlock block) {
        return block.getInfo().toString().strip().equalsIgnoreCase("gift");
    }

    /** Blocks are compared by identity: two checks with the same text are still two checks. */
    int indexOf(FencedCodeBlock block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not a knowledge check of this module");
    }

    List<String> sources() {
        return blocks.stream().map(block -> block.getContentChars().toString()).toList();
    }
}

package com.agentacademy.files;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML mapping read without constructing any Java objects from tags, with limits against alias
 * bombs, self-referring anchors, deep nesting and huge documents, refusing a key given twice, that
 * knows the line of every key, so that a problem can be reported where it is.
 */
public final class YamlDocument {

    private static final int MAX_CODE_POINTS = 1_000_000;
    private static final int MAX_ALIASES = 20;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_NODES = 10_000;

    private final MappingNode root;
    private final int lineOffset;

    private YamlDocument(MappingNode root, int lineOffset) {
        this.root = root;
        this.lineOffset = lineOffset;
    }

    /** The problem that stops a text being read as a YAML mapping. */
    public static final class Unreadable extends UnusableFile {

        private static final long serialVersionUID = 1L;

        Unreadable(int line, String message) {
            super(line, message);
        }
    }

    /**
     * Reads a YAML mapping.
     *
     * @param text the YAML
     * @param lineOffset how many lines of the file come before the text (front matter), so that
     *        reported lines are lines of the file
     */
    public static YamlDocument read(String text, int lineOffset) throws Unreadable {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        try {
            var composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
                    options);
            Node node = composer.getSingleNode();
            if (node == null) {
                return new YamlDocument(new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.AUTO), lineOffset);
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new Unreadable(line(node.getStartMark(), lineOffset), "expected keys and values");
            }
            if (countNodes(mapping, Collections.newSetFromMap(new IdentityHashMap<>()), lineOffset) > MAX_NODES) {
                throw new Unreadable(lineOffset + 1, "the document is too large");
            }
            return new YamlDocument(mapping, lineOffset);
        }
        catch (ReaderException ex) {
            throw new Unreadable(lineOffset + lineAt(text, ex.getPosition()),
                    String.format("contains the control character U+%04X, which YAML does not allow", ex.getCodePoint()));
        }
        catch (MarkedYAMLException ex) {
            if (ex.getProblem() != null && ex.getProblem().contains("another document")) {
                throw new Unreadable(line(ex.getProblemMark(), lineOffset),
                        "a second document starts here (---); a file holds one");
            }
            // where the broken construct began (an unclosed bracket or quote) says more than where reading stopped
            Mark mark = ex.getContextMark() != null ? ex.getContextMark() : ex.getProblemMark();
            throw new Unreadable(line(mark, lineOffset), "not valid YAML: " + firstLine(ex.getProblem()));
        }
        catch (YAMLException ex) {
            throw new Unreadable(lineOffset + 1, limitExceeded(ex.getMessage()));
        }
    }

    /**
     * Counts the nodes, refusing a key given twice (SnakeYAML checks that only when it constructs
     * objects, which this class never does) and an anchor used inside its own value, which would
     * make the document endless.
     *
     * @param open the lists and mappings being counted, to recognise the way back into one of them
     */
    private static int countNodes(Node node, Set<Node> open, int lineOffset) throws Unreadable {
        if (!(node instanceof MappingNode) && !(node instanceof SequenceNode)) {
            return 1;
        }
        if (!open.add(node)) {
            throw new Unreadable(line(node.getStartMark(), lineOffset), "the anchor &" + node.getAnchor()
                    + " is used inside its own value; write the value out instead");
        }
        int count = 1;
        if (node instanceof MappingNode mapping) {
            Map<String, Integer> keyLines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    int keyLine = line(key.getStartMark(), lineOffset);
                    Integer first = keyLines.putIfAbsent(key.getValue(), keyLine);
                    if (first != null) {
                        throw new Unreadable(keyLine, "the key \"" + key.getValue() + "\" is already given at line " + first);
                    }
                }
                count += countNodes(tuple.getValueNode(), open, lineOffset) + 1;
            }
        }
        else {
            for (Node child : ((SequenceNode) node).getValue()) {
                count += countNodes(child, open, lineOffset);
            }
        }
        open.remove(node);
        return count;
    }

    /** SnakeYAML's words for the limits above, said the way the other problems are. */
    private static String limitExceeded(String message) {
        String problem = firstLine(message);
        if (problem.startsWith("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases (*name) of lists or mappings; write the values out instead";
        }
        if (problem.startsWith("Nesting Depth exceeded")) {
            return "nested more than " + MAX_DEPTH + " levels deep";
        }
        if (problem.contains("exceeds the limit")) {
            return "the document is larger than " + MAX_CODE_POINTS + " characters";
        }
        return "not valid YAML: " + problem;
    }

    private static int lineAt(String text, int position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of a key, or of the document's start when the key is absent. */
    public int line(String key) {
        return node(key).map(node -> line(node.getStartMark(), lineOffset)).orElse(firstLine());
    }

    public int firstLine() {
        return root.getStartMark() == null ? lineOffset + 1 : line(root.getStartMark(), lineOffset);
    }

    public boolean has(String key) {
        return node(key).isPresent();
    }

    /** A plain value; empty when absent or blank. */
    public Optional<String> text(String key) {
        return node(key).filter(ScalarNode.class::isInstance).map(node -> ((ScalarNode) node).getValue().strip())
                .filter(value -> !value.isEmpty());
    }

    /** True when the key holds something other than a plain value (a list or mapping). */
    public boolean isNotText(String key) {
        return node(key).map(node -> !(node instanceof ScalarNode)).orElse(false);
    }

    /** A whole number; empty when absent, throws {@link NumberFormatException} when not a number. */
    public Optional<Integer> integer(String key) {
        return text(key).map(Integer::parseInt);
    }

    /** A list of plain values; a single plain value counts as a list of one. */
    public List<String> list(String key) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        }
        List<String> values = new ArrayList<>();
        if (node.get() instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                }
            }
        }
        return values;
    }

    /** A plain value of a list and the line it is on. */
    public record Item(String value, int line) {
    }

    /** Like {@link #list}, with the line of each value, so that a problem can name the value's own line. */
    public List<Item> listItems(String key) {
        Optional<Node> node = node(key);
        List<Item> items = new ArrayList<>();
        List<Node> values = node.map(found -> found instanceof SequenceNode sequence ? sequence.getValue()
                : List.of(found)).orElse(List.of());
        for (Node item : values) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                items.add(new Item(scalar.getValue().strip(), line(scalar.getStartMark(), lineOffset)));
            }
        }
        return items;
    }

    /** A nested mapping, e.g. {@code title: {en: ..., zh-CN: ...}}. */
    public Optional<YamlDocument> mapping(String key) {
        return node(key).filter(MappingNode.class::isInstance)
                .map(node -> new YamlDocument((MappingNode) node, lineOffset));
    }

    /** The items of a list of mappings, e.g. {@code draw: [{category: a, count: 3}]}. */
    public List<YamlDocument> mappings(String key) {
        List<YamlDocument> items = new ArrayList<>();
        node(key).filter(SequenceNode.class::isInstance).ifPresent(node -> {
            for (Node item : ((SequenceNode) node).getValue()) {
                if (item instanceof MappingNode mapping) {
                    items.add(new YamlDocument(mapping, lineOffset));
                }
            }
        });
        return items;
    }

    /** The keys of this mapping, in document order. */
    public List<String> keys() {
        return root.getValue().stream().map(NodeTuple::getKeyNode).filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).getValue()).toList();
    }

    private Optional<Node> node(String key) {
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    private static int line(Mark mark, int lineOffset) {
        return mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

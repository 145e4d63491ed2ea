package com.agentacademy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.agentacademy.catalog.DiffLine.Kind;

class TextDiffTests {

    @Test
    void showsIdenticalTextsAsUnchangedWithBothLineNumbers() {
        assertThat(TextDiff.lines("a\nb\n", "a\nb\n")).containsExactly(
                new DiffLine(Kind.SAME, "a", 1, 1), new DiffLine(Kind.SAME, "b", 2, 2));
    }

    @Test
    void showsAnAddedLine() {
        assertThat(TextDiff.lines("a\nc", "a\nb\nc")).containsExactly(
                new DiffLine(Kind.SAME, "a", 1, 1), new DiffLine(Kind.ADDED, "b", 0, 2),
                new DiffLine(Kind.SAME, "c", 2, 3));
    }

    @Test
    void showsARemovedLine() {
        assertThat(TextDiff.lines("a\nb\nc", "a\nc")).containsExactly(
                new DiffLine(Kind.SAME, "a", 1, 1), new DiffLine(Kind.REMOVED, "b", 2, 0),
                new DiffLine(Kind.SAME, "c", 3, 2));
    }

    @Test
    void showsAChangedStretchAsRemovedThenAdded() {
        assertThat(TextDiff.lines("keep\nold 1\nold 2\nkeep too", "keep\nnew 1\nnew 2\nnew 3\nkeep too"))
                .extracting(DiffLine::kind, DiffLine::text)
                .containsExactly(tuple(Kind.SAME, "keep"),
                        tuple(Kind.REMOVED, "old 1"),
                        tuple(Kind.REMOVED, "old 2"),
                        tuple(Kind.ADDED, "new 1"),
                        tuple(Kind.ADDED, "new 2"),
                        tuple(Kind.ADDED, "new 3"),
                        tuple(Kind.SAME, "keep too"));
    }

    @Test
    void comparesWithAndToNothing() {
        assertThat(TextDiff.lines("", "")).isEmpty();
        assertThat(TextDiff.lines("", "a\nb")).extracting(DiffLine::kind).containsOnly(Kind.ADDED).hasSize(2);
        assertThat(TextDiff.lines("a\nb", "")).extracting(DiffLine::kind).containsOnly(Kind.REMOVED).hasSize(2);
    }

    @Test
    void ignoresHowLinesEnd() {
        assertThat(TextDiff.lines("a\r\nb\r\n", "a\nb")).extracting(DiffLine::kind).containsOnly(Kind.SAME);
    }

    @Test
    void findsAShortestDiffThatRebuildsBothTexts() {
        Random random = new Random(20260101);
        for (int round = 0; round < 500; round++) {
            List<String> before = randomLines(random, random.nextInt(30));
            List<String> after = randomLines(random, random.nextInt(30));

            List<DiffLine> diff = TextDiff.lines(String.join("\n", before), String.join("\n", after));

            assertRebuilds(diff, before, after);
            assertThat(diff.stream().filter(line -> line.kind() == Kind.SAME).count())
                    .as("%s -> %s", before, after).isEqualTo(longestCommonSubsequence(before, after));
        }
    }

    @Test
    void diffsAModuleOfThousandsOfLinesQuickly() {
        List<String> before = IntStream.range(0, 4000).mapToObj(i -> "line " + i).toList();
        List<String> after = new ArrayList<>(before);
        for (int i = 3900; i > 0; i -= 100) {
            after.set(i, "changed " + i);
            after.add(i + 50, "inserted " + i);
            after.remove(i + 20);
        }

        List<DiffLine> diff = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> TextDiff.lines(String.join("\n", before), String.join("\n", after)));

        assertRebuilds(diff, before, after);
        assertThat(diff.stream().filter(line -> line.kind() != Kind.SAME)).hasSize(39 * 4);
    }

    @Test
    void staysQuickWhenNothingIsShared() {
        List<String> before = IntStream.range(0, 5000).mapToObj(i -> "before " + i).toList();
        List<String> after = IntStream.range(0, 5000).mapToObj(i -> "after " + i).toList();

        List<DiffLine> diff = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TextDiff.lines(String.join("\n", before), String.join("\n", after)));

        assertRebuilds(diff, before, after);
    }

    @Test
    void replacesTheMiddleWholeWhenTooManyLinesWouldBeCompared() {
        List<String> before = IntStream.range(0, 5002).mapToObj(i -> i % 2 == 0 ? "shared " + i : "before " + i).toList();
        List<String> after = IntStream.range(0, 5002).mapToObj(i -> i % 2 == 0 ? "shared " + i : "after " + i).toList();
        List<String> first = new ArrayList<>(before);
        first.set(0, "first before");

        List<DiffLine> diff = TextDiff.lines(String.join("\n", first), String.join("\n", after));

        assertRebuilds(diff, first, after);
        assertThat(diff.stream().filter(line -> line.kind() == Kind.SAME)).isEmpty();
    }

    private static List<String> randomLines(Random random, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.valueOf((char) ('a' + random.nextInt(4)))).toList();
    }

    private static void assertRebuilds(List<DiffLine> diff, List<String> before, List<String> after) {
        assertThat(diff.stream().filter(line -> line.kind() != Kind.ADDED).map(DiffLine::text)).containsExactlyElementsOf(before);
        assertThat(diff.stream().filter(line -> line.kind() != Kind.REMOVED).map(DiffLine::text)).containsExactlyElementsOf(after);
        assertThat(diff.stream().filter(line -> line.kind() != Kind.ADDED).map(DiffLine::beforeLine))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, before.size()).boxed().collect(Collectors.toList()));
        assertThat(diff.stream().filter(line -> line.kind() != Kind.REMOVED).map(DiffLine::afterLine))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, after.size()).boxed().collect(Collectors.toList()));
    }

    private static long longestCommonSubsequence(List<String> before, List<String> after) {
        int[][] lengths = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                lengths[i][j] = before.get(i).equals(after.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        return lengths[0][0];
    }
}

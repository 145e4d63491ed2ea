package com.agentacademy.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.agentacademy.catalog.DiffLine.Kind;

/**
 * The line-by-line difference between two revisions of a text, for a module's revision history.
 * It is a shortest one, found with Myers' algorithm in its linear-space form: the middle of the
 * edit path is searched from both ends at once and the halves on either side are diffed in turn.
 * Inside each changed stretch the removed lines come before the added ones, as readers expect.
 */
final class TextDiff {

    /** Past this many pairs of lines to compare, the changed middle is shown as replaced whole. */
    private static final long MOST_PAIRS = 5_000L * 5_000L;

    private final List<String> before;

    private final List<String> after;

    /** Each line as a number, equal for equal lines, so comparing lines is comparing ints. */
    private final int[] a;

    private final int[] b;

    private final List<Kind> steps = new ArrayList<>();

    private TextDiff(List<String> before, List<String> after) {
        this.before = before;
        this.after = after;
        Map<String, Integer> numbers = new HashMap<>();
        this.a = before.stream().mapToInt(line -> numbers.computeIfAbsent(line, key -> numbers.size())).toArray();
        this.b = after.stream().mapToInt(line -> numbers.computeIfAbsent(line, key -> numbers.size())).toArray();
    }

    /** Lines may end with \n, \r\n or \r; a final line break does not make an extra empty line. */
    static List<DiffLine> lines(String before, String after) {
        TextDiff diff = new TextDiff(before.lines().toList(), after.lines().toList());
        diff.compare(0, diff.a.length, 0, diff.b.length);
        return diff.result();
    }

    private void compare(int aStart, int aEnd, int bStart, int bEnd) {
        int prefix = 0;
        while (aStart + prefix < aEnd && bStart + prefix < bEnd && a[aStart + prefix] == b[bStart + prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (aEnd - suffix > aStart + prefix && bEnd - suffix > bStart + prefix
                && a[aEnd - suffix - 1] == b[bEnd - suffix - 1]) {
            suffix++;
        }
        repeat(Kind.SAME, prefix);
        compareChanged(aStart + prefix, aEnd - suffix, bStart + prefix, bEnd - suffix);
        repeat(Kind.SAME, suffix);
    }

    /** Both ranges start and end with different lines, or one of them is empty. */
    private void compareChanged(int aStart, int aEnd, int bStart, int bEnd) {
        int n = aEnd - aStart;
        int m = bEnd - bStart;
        if (n == 0 || m == 0 || (long) n * m > MOST_PAIRS) {
            repeat(Kind.REMOVED, n);
            repeat(Kind.ADDED, m);
            return;
        }
        int[] split = middle(aStart, n, bStart, m);
        compare(aStart, aStart + split[0], bStart, bStart + split[1]);
        compare(aStart + split[0], aEnd, bStart + split[1], bEnd);
    }

    /**
     * A point, relative to the starts, on a shortest edit path through the two ranges, found where
     * the furthest paths from the top left and from the bottom right first meet. Diagonal k holds
     * the points with x - y = k; {@code forward[k]} is the furthest x a path from the start has
     * reached on it, {@code backward[k]} the same for paths from the end, counted from the end.
     * Diagonals a path has left the grid on are not extended further.
     */
    private int[] middle(int aStart, int n, int bStart, int m) {
        int most = (n + m + 1) / 2;
        int offset = most + 1;
        int[] forward = new int[2 * most + 3];
        int[] backward = new int[2 * most + 3];
        Arrays.fill(forward, -1);
        Arrays.fill(backward, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        int delta = n - m;
        boolean odd = delta % 2 != 0;
        int forwardLow = 0;
        int forwardHigh = 0;
        int backwardLow = 0;
        int backwardHigh = 0;
        for (int d = 0; d <= most; d++) {
            for (int k = -d + forwardLow; k <= d - forwardHigh; k += 2) {
                int x = furthestStart(forward, offset + k, k == -d, k == d);
                int y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y]) {
                    x++;
                    y++;
                }
                forward[offset + k] = x;
                if (x > n) {
                    forwardHigh += 2;
                }
                else if (y > m) {
                    forwardLow += 2;
                }
                else if (odd && reached(backward, offset + delta - k) && x >= n - backward[offset + delta - k]) {
                    return new int[] { x, y };
                }
            }
            for (int k = -d + backwardLow; k <= d - backwardHigh; k += 2) {
                int x = furthestStart(backward, offset + k, k == -d, k == d);
                int y = x - k;
                while (x < n && y < m && a[aStart + n - x - 1] == b[bStart + m - y - 1]) {
                    x++;
                    y++;
                }
                backward[offset + k] = x;
                if (x > n) {
                    backwardHigh += 2;
                }
                else if (y > m) {
                    backwardLow += 2;
                }
                else if (!odd && reached(forward, offset + delta - k) && forward[offset + delta - k] >= n - x) {
                    int forwardX = forward[offset + delta - k];
                    return new int[] { forwardX, forwardX - (delta - k) };
                }
            }
        }
        throw new IllegalStateException("Two ranges of " + n + " and " + m + " lines have no shortest edit path");
    }

    /** Where a path enters diagonal k: down from k + 1 or right from k - 1, whichever got further. */
    private static int furthestStart(int[] v, int index, boolean lowest, boolean highest) {
        return lowest || (!highest && v[index - 1] < v[index + 1]) ? v[index + 1] : v[index - 1] + 1;
    }

    private static boolean reached(int[] v, int index) {
        return index >= 0 && index < v.length && v[index] != -1;
    }

    private void repeat(Kind kind, int times) {
        for (int i = 0; i < times; i++) {
            steps.add(kind);
        }
    }

    private List<DiffLine> result() {
        List<DiffLine> lines = new ArrayList<>();
        List<DiffLine> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Kind step : steps) {
            switch (step) {
                case SAME -> {
                    lines.addAll(added);
                    added.clear();
                    i++;
                    j++;
                    lines.add(new DiffLine(Kind.SAME, before.get(i - 1), i, j));
                }
                case REMOVED -> {
                    i++;
                    lines.add(new DiffLine(Kind.REMOVED, before.get(i - 1), i, 0));
                }
                case ADDED -> {
                    j++;
                    added.add(new DiffLine(Kind.ADDED, after.get(j - 1), 0, j));
                }
            }
        }
        lines.addAll(added);
        return lines;
    }
}

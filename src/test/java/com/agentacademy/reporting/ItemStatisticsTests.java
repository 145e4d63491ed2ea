package com.agentacademy.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the item analysis against small examples worked out by hand, to four decimals.
 *
 * <p>The main example: five takers A–E, three items scored 0 or 1.
 *
 * <pre>
 *          item 1  item 2  item 3  total
 *     A      1       1       1       3
 *     B      1       1       0       2
 *     C      1       0       1       2
 *     D      0       1       0       1
 *     E      0       0       0       0
 * </pre>
 *
 * Variances and covariances divide by n − 1 = 4.
 */
class ItemStatisticsTests {

    static final Offset<Double> FOUR_DECIMALS = within(0.00005);

    static final double[][] SCORES = {
            { 1, 1, 1 },
            { 1, 1, 0 },
            { 1, 0, 1 },
            { 0, 1, 0 },
            { 0, 0, 0 } };

    static final double[] TOTALS = { 3, 2, 2, 1, 0 };

    /*
     * Item 1: x = 1 1 1 0 0, rest = total − x = 2 1 1 1 0.
     *   facility = 3/5 = 0.6000
     *   x − 0.6 = .4 .4 .4 −.6 −.6; Σ² = 3 × .16 + 2 × .36 = 1.2; var = 1.2/4 = 0.3; SD = √0.3 = 0.5477
     *   rest mean 1; rest − 1 = 1 0 0 0 −1; Σ² = 2; var = 0.5
     *   Σ products = .4 × 1 + .4 × 0 + .4 × 0 + (−.6) × 0 + (−.6) × (−1) = 1.0; cov = 0.25
     *   r = 0.25 / √(0.3 × 0.5) = 0.25 / 0.3873 = 0.6455
     *   sorted x 0 0 1 1 1 against sorted rest 0 1 1 1 2: deviations −.6 −.6 .4 .4 .4 and −1 0 0 0 1,
     *   Σ products = .6 + 0 + 0 + 0 + .4 = 1.0, largest cov = 0.25; efficiency = 0.25 / 0.25 = 1.0000
     */
    @Test
    void anItemThatFollowsTheRestDiscriminatesAsWellAsItsFacilityAllows() {
        ItemStatistics.Item item = ItemStatistics.item(column(0), rest(0), 1);

        assertThat(item.takers()).isEqualTo(5);
        assertThat(item.facility()).isCloseTo(0.6, FOUR_DECIMALS);
        assertThat(item.sd()).isCloseTo(0.5477, FOUR_DECIMALS);
        assertThat(item.discrimination()).isCloseTo(0.6455, FOUR_DECIMALS);
        assertThat(item.efficiency()).isCloseTo(1.0, FOUR_DECIMALS);
    }

    /*
     * Item 2: x = 1 1 0 1 0, rest = 2 1 2 0 0.
     *   facility = 0.6000, SD = 0.5477 (as item 1)
     *   rest mean 1; rest − 1 = 1 0 1 −1 −1; var = 4/4 = 1
     *   Σ products = .4 × 1 + .4 × 0 + (−.6) × 1 + .4 × (−1) + (−.6) × (−1) = .4 − .6 − .4 + .6 = 0
     *   r = 0.0000; efficiency = 0 / (largest cov 2.0/4 = 0.5) = 0.0000
     */
    @Test
    void anItemUnrelatedToTheRestDoesNotDiscriminate() {
        ItemStatistics.Item item = ItemStatistics.item(column(1), rest(1), 1);

        assertThat(item.facility()).isCloseTo(0.6, FOUR_DECIMALS);
        assertThat(item.sd()).isCloseTo(0.5477, FOUR_DECIMALS);
        assertThat(item.discrimination()).isCloseTo(0.0, FOUR_DECIMALS);
        assertThat(item.efficiency()).isCloseTo(0.0, FOUR_DECIMALS);
    }

    /*
     * Item 3: x = 1 0 1 0 0, rest = 2 2 1 1 0.
     *   facility = 2/5 = 0.4000
     *   x − 0.4 = .6 −.4 .6 −.4 −.4; Σ² = 2 × .36 + 3 × .16 = 1.2; var = 0.3; SD = 0.5477
     *   rest mean 1.2; rest − 1.2 = .8 .8 −.2 −.2 −1.2; Σ² = .64 + .64 + .04 + .04 + 1.44 = 2.8; var = 0.7
     *   Σ products = .48 − .32 − .12 + .08 + .48 = 0.6; cov = 0.15
     *   r = 0.15 / √(0.3 × 0.7) = 0.15 / 0.4583 = 0.3273
     *   sorted x 0 0 0 1 1 against sorted rest 0 1 1 2 2: deviations −.4 −.4 −.4 .6 .6 and
     *   −1.2 −.2 −.2 .8 .8, Σ products = .48 + .08 + .08 + .48 + .48 = 1.6, largest cov = 0.4;
     *   efficiency = 0.15 / 0.4 = 0.3750
     */
    @Test
    void aHarderItemWithSomeDiscrimination() {
        ItemStatistics.Item item = ItemStatistics.item(column(2), rest(2), 1);

        assertThat(item.facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(item.sd()).isCloseTo(0.5477, FOUR_DECIMALS);
        assertThat(item.discrimination()).isCloseTo(0.3273, FOUR_DECIMALS);
        assertThat(item.efficiency()).isCloseTo(0.375, FOUR_DECIMALS);
    }

    /*
     * Totals 3 2 2 1 0: mean 1.6, median 2.
     *   totals − 1.6 = 1.4 .4 .4 −.6 −1.6; Σ² = 1.96 + .16 + .16 + .36 + 2.56 = 5.2; var = 1.3; SD = 1.1402
     *   Σ item variances = 0.3 + 0.3 + 0.3 = 0.9
     *   alpha = 3/2 × (1 − 0.9/1.3) = 1.5 × 0.3077 = 0.4615
     *   KR-20 = 3/2 × (1 − Σ p q / population variance) = 1.5 × (1 − (3 × 0.24) / 1.04) = 0.4615, the same
     *   SEM = 1.1402 × √(1 − 0.4615) = 1.1402 × 0.7338 = 0.8367
     */
    @Test
    void theTestAsAWholeHasAlphaEqualToKr20AndItsStandardError() {
        Double alpha = ItemStatistics.alpha(SCORES);
        Double sd = ItemStatistics.standardDeviation(TOTALS);

        assertThat(ItemStatistics.dichotomous(SCORES, 1)).isTrue();
        assertThat(alpha).isCloseTo(0.4615, FOUR_DECIMALS);
        assertThat(ItemStatistics.mean(TOTALS)).isCloseTo(1.6, FOUR_DECIMALS);
        assertThat(ItemStatistics.median(TOTALS)).isCloseTo(2.0, FOUR_DECIMALS);
        assertThat(sd).isCloseTo(1.1402, FOUR_DECIMALS);
        assertThat(ItemStatistics.standardError(sd, alpha)).isCloseTo(0.8367, FOUR_DECIMALS);
    }

    /*
     * An item that the weakest takers got right: x = 0 0 0 1 1 against the rest 3 2 2 1 0.
     *   facility = 0.4000; x − 0.4 = −.4 −.4 −.4 .6 .6; var = 1.2/4 = 0.3; SD = 0.5477
     *   rest mean 1.6; rest − 1.6 = 1.4 .4 .4 −.6 −1.6; var = 5.2/4 = 1.3
     *   Σ products = −.56 − .16 − .16 − .36 − .96 = −2.2; cov = −0.55
     *   r = −0.55 / √(0.3 × 1.3) = −0.55 / 0.6245 = −0.8807
     *   sorted x 0 0 0 1 1 against sorted rest 0 1 2 2 3: Σ products = .64 + .24 − .16 + .24 + .84 = 1.8,
     *   largest cov = 0.45; efficiency = −0.55 / 0.45 = −1.2222 (Moodle's definition lets it pass −1)
     */
    @Test
    void anItemTheWeakestGotRightDiscriminatesNegatively() {
        ItemStatistics.Item item = ItemStatistics.item(new double[] { 0, 0, 0, 1, 1 }, new double[] { 3, 2, 2, 1, 0 }, 1);

        assertThat(item.facility()).isCloseTo(0.4, FOUR_DECIMALS);
        assertThat(item.sd()).isCloseTo(0.5477, FOUR_DECIMALS);
        assertThat(item.discrimination()).isCloseTo(-0.8807, FOUR_DECIMALS);
        assertThat(item.efficiency()).isCloseTo(-1.2222, FOUR_DECIMALS);
    }

    /*
     * Everyone scored 1: facility 1.0000, SD 0.0000; a correlation with a constant is 0/0, so
     * discrimination and efficiency are undefined (null, shown as "—"), not NaN.
     */
    @Test
    void anItemEveryoneScoredTheSameOnHasNoDiscrimination() {
        ItemStatistics.Item item = ItemStatistics.item(new double[] { 1, 1, 1, 1, 1 }, new double[] { 2, 1, 1, 0, 0 }, 1);

        assertThat(item.facility()).isCloseTo(1.0, FOUR_DECIMALS);
        assertThat(item.sd()).isCloseTo(0.0, FOUR_DECIMALS);
        assertThat(item.discrimination()).isNull();
        assertThat(item.efficiency()).isNull();
    }

    /*
     * A constant item in a test adds 0 to the sum of item variances: items 1–3 above with a fourth
     * item everyone got right give totals 4 3 3 2 1, variance 1.3 as before, Σ item variances 0.9,
     * alpha = 4/3 × (1 − 0.9/1.3) = 1.3333 × 0.3077 = 0.4103.
     */
    @Test
    void aConstantItemCountsAsAnItemButAddsNoVariance() {
        double[][] withConstant = new double[5][];
        for (int taker = 0; taker < 5; taker++) {
            withConstant[taker] = new double[] { SCORES[taker][0], SCORES[taker][1], SCORES[taker][2], 1 };
        }

        assertThat(ItemStatistics.alpha(withConstant)).isCloseTo(0.4103, FOUR_DECIMALS);
    }

    @Test
    void withoutSpreadOrWithTooFewTakersTheFiguresAreUndefined() {
        assertThat(ItemStatistics.alpha(new double[][] { { 1, 0 }, { 0, 1 } })).as("equal totals").isNull();
        assertThat(ItemStatistics.alpha(new double[][] { { 1, 0 } })).as("one taker").isNull();
        assertThat(ItemStatistics.standardDeviation(new double[] { 70 })).isNull();
        assertThat(ItemStatistics.standardError(null, 0.8)).isNull();
        assertThat(ItemStatistics.median(new double[] {})).isNull();
        assertThat(ItemStatistics.median(new double[] { 40, 90, 60, 50 })).isEqualTo(55.0);
        assertThat(ItemStatistics.dichotomous(new double[][] { { 1, 0.5 } }, 1)).isFalse();
    }

    private static double[] column(int item) {
        double[] column = new double[SCORES.length];
        for (int taker = 0; taker < SCORES.length; taker++) {
            column[taker] = SCORES[taker][item];
        }
        return column;
    }

    private static double[] rest(int item) {
        double[] rest = new double[SCORES.length];
        for (int taker = 0; taker < SCORES.length; taker++) {
            rest[taker] = TOTALS[taker] - SCORES[taker][item];
        }
        return rest;
    }
}

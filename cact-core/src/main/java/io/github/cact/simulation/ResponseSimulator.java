package io.github.cact.simulation;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.internal.numerics.SplitMix64;
import io.github.cact.internal.parallel.ParallelChunks;
import io.github.cact.internal.text.CsvCells;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.ModelType;
import io.github.cact.irt.PartialCreditItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Draws responses from an item bank: θ ~ N(mean, sd²) (or given θs), then each response by inverse
 * transform from the item's category probabilities, and optionally a missing-completely-at-random
 * share of cells. One {@link SplittableRandom} seeded by the caller drives everything in a fixed order,
 * so a seed determines the data exactly. Immutable and thread-safe; each call starts from the seed.
 */
public final class ResponseSimulator {

    /** Rows per parallel task of {@link #draw}. */
    private static final int CHUNK_ROWS = 512;

    private final ItemBank bank;
    private final long seed;
    private final double mean;
    private final double sd;
    private final double missingRate;
    private final String idPrefix;
    /** Per item, the fast exact draw of a right/wrong item, or null for a polytomous one. */
    private final RightWrongDraw[] rightWrong;

    private ResponseSimulator(ItemBank bank, long seed, double mean, double sd, double missingRate, String idPrefix) {
        this.bank = bank;
        this.rightWrong = new RightWrongDraw[bank.size()];
        for (int i = 0; i < rightWrong.length; i++) {
            if (bank.model(i) instanceof DichotomousItem item) {
                rightWrong[i] = RightWrongDraw.of(item);
            }
        }
        this.seed = seed;
        this.mean = mean;
        this.sd = sd;
        this.missingRate = missingRate;
        this.idPrefix = idPrefix;
    }

    /**
     * A simulator with θ ~ N(0, 1), no missing responses, ids {@code E000001…}.
     *
     * @param bank the items to answer, in column order
     * @param seed the random seed
     * @return the simulator
     */
    public static ResponseSimulator of(ItemBank bank, long seed) {
        return new ResponseSimulator(Objects.requireNonNull(bank, "bank"), seed, 0, 1, 0, "E");
    }

    /**
     * Sets the ability distribution.
     *
     * @param newMean the mean of θ, finite
     * @param newSd the standard deviation of θ, finite and ≥ 0
     * @return a new simulator
     * @throws IllegalArgumentException if a value is out of range
     */
    public ResponseSimulator withAbility(double newMean, double newSd) {
        if (!Double.isFinite(newMean) || !Double.isFinite(newSd) || newSd < 0) {
            throw new IllegalArgumentException("ability mean must be finite and sd finite and >= 0, got N("
                    + newMean + ", " + newSd + "²)");
        }
        return new ResponseSimulator(bank, seed, newMean, newSd, missingRate, idPrefix);
    }

    /**
     * Sets the share of cells left missing, completely at random.
     *
     * @param rate in [0, 1)
     * @return a new simulator
     * @throws IllegalArgumentException if the rate is out of range
     */
    public ResponseSimulator withMissingRate(double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("missing rate must be in [0, 1), got " + rate);
        }
        return new ResponseSimulator(bank, seed, mean, sd, rate, idPrefix);
    }

    /**
     * Sets the prefix of generated examinee ids (followed by a zero-padded row number from 1).
     *
     * @param prefix a non-blank prefix
     * @return a new simulator
     * @throws IllegalArgumentException if the prefix is blank
     */
    public ResponseSimulator withIdPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) {
            throw new IllegalArgumentException("the id prefix is blank");
        }
        return new ResponseSimulator(bank, seed, mean, sd, missingRate, prefix);
    }

    /**
     * Simulates examinees with θ drawn from the ability distribution.
     *
     * @param examinees how many, ≥ 1
     * @return responses and true θs
     * @throws IllegalArgumentException if the count is not positive
     */
    public Simulation simulate(int examinees) {
        double[] thetas = new double[positive(examinees)];
        SplitMix64 uniforms = drawThetas(thetas);
        return draw(thetas, uniforms, 0, examinees);
    }

    /**
     * Simulates examinees as {@link #simulate(int)} does, but hands them over in batches of rows, in order,
     * so that no more than a batch of responses is held at once (and 8 bytes of θ per examinee): the
     * batches' rows, ids and θ together are exactly those of {@code simulate(examinees)}.
     *
     * @param examinees how many, ≥ 1
     * @param batchRows the most rows per batch, ≥ 1
     * @param batches receives each batch's responses and true θs, in row order
     * @throws IllegalArgumentException if a count is not positive
     */
    public void simulate(int examinees, int batchRows, Consumer<? super Simulation> batches) {
        inBatches(examinees, batchRows, batches, this::draw);
    }

    /**
     * Simulates examinees as {@link #simulate(int, int, Consumer)} does, but hands each batch over as the
     * lines of a response CSV: the bytes {@link io.github.cact.data.ResponseCsv#writeRows} writes for that
     * batch's responses, formatted while the rows are drawn, without building a response matrix.
     *
     * @param examinees how many, ≥ 1
     * @param batchRows the most rows per batch, ≥ 1
     * @param batches receives each batch's CSV lines and true θs, in row order
     * @throws IllegalArgumentException if a count is not positive
     */
    public void simulateCsv(int examinees, int batchRows, Consumer<? super CsvRows> batches) {
        int width = idWidth(examinees);
        inBatches(examinees, batchRows, batches, (thetas, uniforms, from, to) -> drawCsv(thetas, uniforms, from,
                to, width));
    }

    /** Draws the rows {@code from..to-1} of a batch from the θs and the stream after them. */
    @FunctionalInterface
    private interface BatchDraw<T> {
        T draw(double[] thetas, SplitMix64 uniforms, int from, int to);
    }

    /** Draws every θ, then the batches of rows in order, each handed over as soon as it is drawn. */
    private <T> void inBatches(int examinees, int batchRows, Consumer<? super T> batches, BatchDraw<T> batch) {
        Objects.requireNonNull(batches, "batches");
        if (batchRows < 1) {
            throw new IllegalArgumentException("the rows per batch must be >= 1, got " + batchRows);
        }
        double[] thetas = new double[positive(examinees)];
        SplitMix64 uniforms = drawThetas(thetas);
        for (int from = 0; from < examinees; from += batchRows) {
            int to = (int) Math.min(examinees, (long) from + batchRows);
            batches.accept(batch.draw(thetas, uniforms, from, to));
        }
    }

    private static int positive(int examinees) {
        if (examinees < 1) {
            throw new IllegalArgumentException("the number of examinees must be >= 1, got " + examinees);
        }
        return examinees;
    }

    /** Fills {@code thetas} from the seed's stream and returns the stream from the next draw on. */
    private SplitMix64 drawThetas(double[] thetas) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < thetas.length; n++) {
            thetas[n] = mean + sd * random.nextGaussian();
        }
        return SplitMix64.startingWith(random.nextLong());
    }

    /**
     * Simulates one examinee per given θ.
     *
     * @param thetas the true abilities, finite, at least one
     * @return responses and the same θs
     * @throws IllegalArgumentException if a θ is not finite
     */
    public Simulation simulate(double[] thetas) {
        Objects.requireNonNull(thetas, "thetas");
        if (thetas.length == 0) {
            throw new IllegalArgumentException("at least one theta is needed");
        }
        for (int n = 0; n < thetas.length; n++) {
            if (!Double.isFinite(thetas[n])) {
                throw new IllegalArgumentException("theta " + (n + 1) + " is not finite: " + thetas[n]);
            }
        }
        return draw(thetas.clone(), SplitMix64.of(seed), 0, thetas.length);
    }

    /**
     * Draws the cells of rows [from, to) as the sequential loop over examinees and items would, from the
     * stream {@code uniforms} that starts at row 0: one uniform per cell, and with a missing rate a second
     * one that may blank it. Since every row takes the same number of draws, a chunk of rows enters the
     * stream at its first row's draw (see {@link SplitMix64}) and chunks run in parallel with the bytes of
     * a single thread.
     */
    private Simulation draw(double[] thetas, SplitMix64 uniforms, int from, int to) {
        int items = bank.size();
        int rows = to - from;
        if ((long) rows * items > ResponseMatrix.MAX_CELLS) {
            throw new IllegalArgumentException(rows + " examinees × " + items + " items is more than the "
                    + ResponseMatrix.MAX_CELLS + " cells a response matrix holds");
        }
        long drawsPerRow = (long) items * (missingRate > 0 ? 2 : 1);
        byte[] cells = new byte[rows * items];
        String[] ids = new String[rows];
        int width = idWidth(thetas.length);
        ParallelChunks.of(null, Runtime.getRuntime().availableProcessors()).forEach(rows, CHUNK_ROWS,
                () -> new double[bank.maxCategories()], (p, chunk, first, end) -> {
                    SplitMix64 chunkUniforms = uniforms.skip((from + first) * drawsPerRow);
                    for (int r = first; r < end; r++) {
                        drawRow(thetas[from + r], chunkUniforms, p, cells, r * items);
                        ids[r] = paddedId(from + r + 1, width);
                    }
                });
        return new Simulation(ResponseMatrix.of(Arrays.asList(ids), bank.ids(), cells),
                Arrays.copyOfRange(thetas, from, to));
    }

    /**
     * The CSV lines of rows [from, to), drawn as {@link #draw} draws them: each chunk of rows formats its
     * lines into its own region of the buffer (room for the longest possible lines), then the regions are
     * closed up in order.
     */
    private CsvRows drawCsv(double[] thetas, SplitMix64 uniforms, int from, int to, int width) {
        int items = bank.size();
        int rows = to - from;
        long drawsPerRow = (long) items * (missingRate > 0 ? 2 : 1);
        byte[] prefix = csvIdPrefix();
        byte[] suffix = csvIdSuffix();
        int digitsPerCell = Integer.toString(Math.max(1, bank.maxCategories() - 1)).length();
        long longestLine = (long) prefix.length + width + suffix.length + (long) (1 + digitsPerCell) * items + 1;
        int chunks = ParallelChunks.chunkCount(rows, CHUNK_ROWS);
        long regionBytes = longestLine * Math.min(rows, CHUNK_ROWS);
        if (regionBytes * chunks > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(rows + " rows of up to " + longestLine
                    + " bytes are more than one array holds; use fewer rows per batch");
        }
        int region = (int) regionBytes;
        byte[] lines = new byte[region * chunks];
        int[] used = new int[chunks];
        ParallelChunks.of(null, Runtime.getRuntime().availableProcessors()).forEach(rows, CHUNK_ROWS,
                () -> new Scratch(bank.maxCategories(), items), (scratch, chunk, first, end) -> {
                    SplitMix64 chunkUniforms = uniforms.skip((from + first) * drawsPerRow);
                    int at = chunk * region;
                    byte[] id = scratch.id(prefix, from + first + 1, width);
                    for (int r = first; r < end; r++) {
                        if (r > first) {
                            increment(id, prefix.length + width - 1);
                        }
                        drawRow(thetas[from + r], chunkUniforms, scratch.p, scratch.row, 0);
                        System.arraycopy(id, 0, lines, at, id.length);
                        at += id.length;
                        System.arraycopy(suffix, 0, lines, at, suffix.length);
                        at += suffix.length;
                        at = appendCells(scratch.row, lines, at);
                        lines[at++] = '\n';
                    }
                    used[chunk] = at - chunk * region;
                });
        int length = 0;
        for (int c = 0; c < chunks; c++) {
            System.arraycopy(lines, c * region, lines, length, used[c]);
            length += used[c];
        }
        return new CsvRows(lines, length, Arrays.copyOfRange(thetas, from, to), n -> paddedId(from + n + 1, width));
    }

    /** The per-thread working space of {@link #drawCsv}. */
    private static final class Scratch {
        final double[] p;
        final byte[] row;
        byte[] id;

        Scratch(int categories, int items) {
            this.p = new double[categories];
            this.row = new byte[items];
        }

        /** The prefix bytes then {@code number} zero-padded to {@code width} digits. */
        byte[] id(byte[] prefix, int number, int width) {
            if (id == null) {
                id = new byte[prefix.length + width];
                System.arraycopy(prefix, 0, id, 0, prefix.length);
            }
            int value = number;
            for (int d = id.length - 1; d >= prefix.length; d--) {
                id[d] = (byte) ('0' + value % 10);
                value /= 10;
            }
            return id;
        }
    }

    /** Adds one to the decimal digits ending at {@code last}, carrying leftwards. */
    private static void increment(byte[] digits, int last) {
        int d = last;
        while (digits[d] == '9') {
            digits[d--] = '0';
        }
        digits[d]++;
    }

    /** Appends {@code ,value} per cell (nothing after the comma for a missing cell), as the CSV writer does. */
    private static int appendCells(byte[] row, byte[] out, int offset) {
        int at = offset;
        for (byte cell : row) {
            out[at] = ',';
            if (cell >= 0 && cell < 10) {
                out[at + 1] = (byte) ('0' + cell);
                at += 2;
            } else {
                at++;
                if (cell >= 100) {
                    out[at++] = (byte) ('0' + cell / 100);
                }
                if (cell >= 10) {
                    out[at++] = (byte) ('0' + cell / 10 % 10);
                    out[at++] = (byte) ('0' + cell % 10);
                }
            }
        }
        return at;
    }

    /**
     * The bytes before an id's digits in the CSV: the prefix, quoted (with doubled quotes) when the CSV
     * writer would quote the id, that is when it has a leading blank or a separator, quote or line break.
     */
    private byte[] csvIdPrefix() {
        String text = quoted() ? "\"" + idPrefix.replace("\"", "\"\"") : idPrefix;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes after an id's digits in the CSV: the closing quote of a quoted id, else none. */
    private byte[] csvIdSuffix() {
        return quoted() ? new byte[] {'"'} : new byte[0];
    }

    private boolean quoted() {
        return CsvCells.needsQuotes(idPrefix + '0');
    }

    private static int idWidth(int examinees) {
        return Math.max(6, Integer.toString(examinees).length());
    }

    private void drawRow(double theta, SplitMix64 uniforms, double[] p, byte[] cells, int offset) {
        for (int i = 0; i < rightWrong.length; i++) {
            int k = category(i, theta, uniforms.nextDouble(), p);
            if (missingRate > 0 && uniforms.nextDouble() < missingRate) {
                k = ResponseMatrix.MISSING;
            }
            cells[offset + i] = (byte) k;
        }
    }

    /** The category of item {@code i} that the uniform {@code u} draws by inverse transform at θ. */
    private int category(int i, double theta, double u, double[] p) {
        if (rightWrong[i] != null) {
            return rightWrong[i].draw(theta, u);
        }
        ItemModel model = bank.model(i);
        model.probabilities(theta, p);
        int k = 0;
        double cumulative = p[0];
        while (u >= cumulative && k < model.categories() - 1) {
            k++;
            cumulative += p[k];
        }
        return k;
    }

    /** The prefix, then {@code number} in decimal, zero-padded to {@code width} digits. */
    private String paddedId(int number, int width) {
        char[] digits = new char[Math.max(width, Integer.toString(number).length())];
        int value = number;
        for (int d = digits.length - 1; d >= 0; d--) {
            digits[d] = (char) ('0' + value % 10);
            value /= 10;
        }
        return idPrefix.concat(new String(digits));
    }

    /**
     * A random bank of one model, with parameters typical of operational tests: slopes lognormal
     * (log a ~ N(0, 0.3²)), locations N(0, 1), lower asymptotes U(0.1, 0.25), upper U(0.9, 1), graded
     * thresholds spread around the location, partial-credit steps N(location, 0.8²).
     *
     * @param type the model of every item
     * @param items how many items, ≥ 1
     * @param categories K for polytomous models (2 to {@link ResponseMatrix#MAX_CATEGORY} + 1; ignored for
     *     dichotomous ones)
     * @param seed the random seed
     * @return the bank, item ids {@code I001…}
     * @throws IllegalArgumentException if a count is out of range
     */
    public static ItemBank randomBank(ModelType type, int items, int categories, long seed) {
        Objects.requireNonNull(type, "type");
        if (items < 1) {
            throw new IllegalArgumentException("the number of items must be >= 1, got " + items);
        }
        if (!type.isDichotomous() && (categories < 2 || categories > ResponseMatrix.MAX_CATEGORY + 1)) {
            throw new IllegalArgumentException("categories must be in [2, " + (ResponseMatrix.MAX_CATEGORY + 1)
                    + "] for polytomous items, got " + categories);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> bank = new ArrayList<>(items);
        int width = Math.max(3, Integer.toString(items).length());
        for (int i = 0; i < items; i++) {
            double a = Math.exp(0.3 * random.nextGaussian());
            double location = random.nextGaussian();
            String id = "I" + String.format("%0" + width + "d", i + 1);
            bank.add(Item.of(id, randomItem(type, a, location, categories, random)));
        }
        return ItemBank.of(bank);
    }

    private static ItemModel randomItem(ModelType type, double a, double location, int categories,
            SplittableRandom random) {
        return switch (type) {
            case RASCH -> DichotomousItem.rasch(location);
            case ONE_PL -> DichotomousItem.ofIrt(ModelType.ONE_PL, 1.0, location, Double.NaN, Double.NaN);
            case TWO_PL -> DichotomousItem.twoPl(a, location);
            case THREE_PL -> DichotomousItem.threePl(a, location, 0.1 + 0.15 * random.nextDouble());
            case FOUR_PL -> DichotomousItem.fourPl(a, location, 0.1 + 0.15 * random.nextDouble(),
                    0.9 + 0.1 * random.nextDouble());
            case GRM -> {
                double[] b = new double[categories - 1];
                for (int k = 0; k < b.length; k++) {
                    b[k] = location + 1.6 * (k - (b.length - 1) / 2.0) / Math.max(1, b.length - 1) * 2
                            + 0.2 * random.nextGaussian();
                }
                Arrays.sort(b);
                for (int k = 1; k < b.length; k++) {
                    b[k] = Math.max(b[k], b[k - 1] + 0.1);
                }
                yield GradedResponseItem.ofIrt(a, b);
            }
            case GPCM, PCM -> {
                double[] b = new double[categories - 1];
                for (int k = 0; k < b.length; k++) {
                    b[k] = location + 0.8 * random.nextGaussian();
                }
                yield type == ModelType.GPCM ? PartialCreditItem.gpcmOfIrt(a, b) : PartialCreditItem.pcmOfIrt(b);
            }
        };
    }
}

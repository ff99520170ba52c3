package io.github.cact.benchmarks;

import io.github.cact.internal.text.DecimalText;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Writing the numbers of a score file: θ and SE of {@code examinees} examinees with six decimals, the text
 * of {@code String.format(Locale.ROOT, "%.6f", x)}, as UTF-8 bytes into a 64 KiB buffer that is emptied when
 * full. {@link #fixed} writes them with {@link DecimalText#writeFixed} as {@code cact score} does;
 * {@link #format} takes the way through {@code String.format} and an encoder that the command took before,
 * for comparison. Both write the same bytes (checked at set-up, which prints {@code bytes} per batch for
 * MB/s); the {@code examinees} parameter gives rows per second. One thread, time per batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoreNumbersBenchmark {

    private static final int DECIMALS = 6;
    private static final int BUFFER = 1 << 16;

    @Param({"100000"})
    public int examinees;

    /** θ and SE per examinee, interleaved as the rows write them. */
    private double[] numbers;
    private final byte[] buffer = new byte[BUFFER];

    /** Draws θ from a standard normal and SEs between 0.2 and 0.6, and checks that both arms agree. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(31);
        numbers = new double[2 * examinees];
        for (int i = 0; i < examinees; i++) {
            numbers[2 * i] = random.nextGaussian();
            numbers[2 * i + 1] = 0.2 + 0.4 * random.nextDouble();
        }
        for (int i = 0; i < numbers.length; i++) {
            byte[] fixed = Arrays.copyOf(buffer, DecimalText.writeFixed(buffer, 0, numbers[i], DECIMALS));
            byte[] formatted = String.format(Locale.ROOT, "%.6f", numbers[i]).getBytes(StandardCharsets.UTF_8);
            if (!Arrays.equals(fixed, formatted)) {
                throw new IllegalStateException("the writers differ at " + numbers[i]);
            }
        }
        System.out.println("bytes = " + fixed());
    }

    /**
     * The numbers through {@link DecimalText#writeFixed}, each followed by a comma.
     *
     * @return the count of bytes written
     */
    @Benchmark
    public long fixed() {
        long written = 0;
        int at = 0;
        for (double x : numbers) {
            if (at > BUFFER - DecimalText.MAX_LENGTH - 1) {
                written += at;
                at = 0;
            }
            at = DecimalText.writeFixed(buffer, at, x, DECIMALS);
            buffer[at++] = ',';
        }
        return written + at;
    }

    /**
     * The numbers through {@code String.format} and UTF-8 encoding, each followed by a comma.
     *
     * @return the count of bytes written
     */
    @Benchmark
    public long format() {
        long written = 0;
        int at = 0;
        for (double x : numbers) {
            byte[] text = String.format(Locale.ROOT, "%.6f", x).getBytes(StandardCharsets.UTF_8);
            if (at > BUFFER - text.length - 1) {
                written += at;
                at = 0;
            }
            System.arraycopy(text, 0, buffer, at, text.length);
            at += text.length;
            buffer[at++] = ',';
        }
        return written + at;
    }
}

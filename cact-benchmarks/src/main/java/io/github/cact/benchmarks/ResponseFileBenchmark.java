package io.github.cact.benchmarks;

import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading and writing a response file of {@code examinees × items} 2PL responses (10 % missing), as
 * {@code cact simulate} writes it (ids in rising order) or with its rows shuffled: {@link
 * ResponseCsv#read(Path)} on a pool of {@code threads} threads (the parser's parallel blocks run on the
 * pool of the caller), and {@link ResponseCsv#write(ResponseMatrix, Path)}. Time per file; the report divides the file size ({@code bytes} in the setup's output) by it for
 * MB/s, and the {@code examinees} parameter for rows/s. The file lives in the temporary directory, so the
 * figures include the page cache but not the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResponseFileBenchmark {

    @Param({"100000"})
    public int examinees;

    @Param({"50"})
    public int items;

    @Param({"1", "2"})
    public int threads;

    /**
     * Whether the rows are written in a random order: the ids then do not rise, and the reader finds
     * repeats with its table rather than by the order of the ids.
     */
    @Param({"false", "true"})
    public boolean shuffled;

    private ResponseMatrix data;
    private Path dir;
    private Path file;
    private Path written;
    private ForkJoinPool pool;

    /**
     * Simulates the responses and writes the file to read.
     *
     * @throws IOException if the temporary file cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, items, 2, 21);
        data = ResponseSimulator.of(bank, 22).withMissingRate(0.1).simulate(examinees).responses();
        dir = Files.createTempDirectory("cact-bench");
        file = dir.resolve("responses.csv");
        written = dir.resolve("written.csv");
        ResponseCsv.write(data, file);
        if (shuffled) {
            List<String> lines = Files.readAllLines(file);
            List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
            Collections.shuffle(rows, new Random(23));
            rows.add(0, lines.get(0));
            Files.write(file, rows);
        }
        System.out.println("bytes = " + Files.size(file));
        pool = new ForkJoinPool(threads);
    }

    /**
     * Removes the files and the pool.
     *
     * @throws IOException if a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.shutdown();
        Files.deleteIfExists(file);
        Files.deleteIfExists(written);
        Files.delete(dir);
    }

    /**
     * Reads the whole file into a matrix.
     *
     * @return the matrix
     * @throws Exception if reading fails
     */
    @Benchmark
    public ResponseMatrix read() throws ExecutionException, InterruptedException {
        return pool.submit(() -> ResponseCsv.read(file)).get();
    }

    /**
     * Writes the whole matrix (single-threaded).
     *
     * @return the path written
     * @throws IOException if writing fails
     */
    @Benchmark
    public Path write() throws IOException {
        ResponseCsv.write(data, written);
        return written;
    }
}

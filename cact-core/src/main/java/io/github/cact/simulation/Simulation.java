package io.github.cact.simulation;

import io.github.cact.data.ResponseMatrix;
import java.util.Objects;

/**
 * Simulated responses together with the true abilities that generated them. Immutable and
 * thread-safe.
 */
public final class Simulation {

    private final ResponseMatrix responses;
    private final double[] trueThetas;

    Simulation(ResponseMatrix responses, double[] trueThetas) {
        this.responses = Objects.requireNonNull(responses, "responses");
        this.trueThetas = trueThetas;
    }

    /**
     * Returns the simulated responses.
     *
     * @return the examinee × item matrix
     */
    public ResponseMatrix responses() {
        return responses;
    }

    /**
     * Returns the true ability of an examinee.
     *
     * @param examinee 0-based row of {@link #responses()}
     * @return the θ that generated the row
     */
    public double trueTheta(int examinee) {
        return trueThetas[examinee];
    }

    /**
     * Returns all true abilities in row order.
     *
     * @return a new array
     */
    public double[] trueThetas() {
        return trueThetas.clone();
    }

    @Override
    public String toString() {
        return "Simulation[" + responses + "]";
    }
}

package io.github.cact.calibration;

/**
 * Receives the progress of one calibration: called on the calibrating thread after every EM cycle
 * (those from the acceleration's extrapolated points included), before the calibration returns. For progress bars and logs;
 * it must not throw.
 */
@FunctionalInterface
public interface CalibrationProgress {

    /**
     * Reports a finished EM cycle.
     *
     * @param cycle the cycles done so far, from 1
     * @param maxCycles the limit ({@link CalibrationOptions#maxCycles()})
     * @param largestChange the largest parameter change of the last cycle; converged when below the
     *     tolerance
     */
    void cycle(int cycle, int maxCycles, double largestChange);
}

package io.github.cact.calibration;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.reference.References;

/** The LSAT reference data sets of the calibration tests (see {@link References#lsatPatterns}). */
final class Lsat {

    private Lsat() {
    }

    static ResponseMatrix load(String name) {
        return References.lsatPatterns(name);
    }
}

package io.github.cact.calibration;

import java.util.List;

/** Item and model fit at the estimates. */
final class FitStatistics {

    FitStatistics(EmEngine engine, boolean[] anchored, double[] expected) {
    }

    List<ItemFit> itemFit(List<String> warnings) {
        return List.of();
    }

    ModelFit modelFit() {
        return null;
    }
}

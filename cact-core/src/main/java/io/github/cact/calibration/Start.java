package io.github.cact.calibration;

import io.github.cact.irt.ModelType;

/** Starting values from the observed category counts. Stateless. */
final class Start {

    private Start() {
    }

    private static double logit(double p) {
        double c = Math.min(0.995, Math.max(0.005, p));
        return Math.log(c / (1 - c));
    }

    static void initialise(ItemState s, long[] counts) {
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        if (s.dichotomous) {
            double p = counts[1] / total;
            double g = s.hasG ? 0.2 : 0;
            double u = s.hasU ? 0.95 : 1;
            if (s.hasG) {
                s.par[2] = ItemState.logit(g);
            }
            if (s.hasU) {
                s.par[3] = ItemState.logit(u);
            }
            s.par[1] = logit((p - g) / (u - g));
            return;
        }
        int k0 = s.categories;
        if (s.type == ModelType.GRM) {
            double above = total;
            double previous = Double.POSITIVE_INFINITY;
            for (int k = 1; k < k0; k++) {
                above -= counts[k - 1];
                double d = logit(above / total);
                if (!(d < previous - 0.05)) {
                    d = previous - 0.05;
                }
                s.par[k] = d;
                previous = d;
            }
            return;
        }
        for (int k = 1; k < k0; k++) {
            double c = Math.log(Math.max(counts[k], 0.5) / Math.max(counts[k - 1], 0.5));
            s.par[k] = Math.max(-6, Math.min(6, c));
        }
    }
}

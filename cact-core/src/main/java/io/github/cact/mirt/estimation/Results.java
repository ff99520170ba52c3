package io.github.cact.mirt.estimation;

import io.github.cact.mirt.LatentNormal;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports estimates on their natural scale: slopes and intercepts as estimated, asymptotes as
 * probabilities (g = σ(λ)), correlations r_ij instead of the free parameters v; standard errors carried
 * over by the delta method, SE = √diag(J Σ Jᵀ) with J the Jacobian of the natural parameters in the
 * estimated ones (diagonal for the items, by central differences for the correlations).
 */
final class Results {

    private Results() {
    }

    static List<String> names(MultidimensionalBank bank) {
        List<String> names = new ArrayList<>();
        for (MultidimensionalItem item : bank.items()) {
            for (String p : item.parameterNames()) {
                names.add(item.id() + "." + p);
            }
        }
        List<String> f = bank.factors();
        for (int i = 1; i < f.size(); i++) {
            for (int j = 0; j < i; j++) {
                names.add("r(" + f.get(i) + "," + f.get(j) + ")");
            }
        }
        return names;
    }

    static double[] estimates(MultidimensionalBank bank) {
        double[] out = new double[bank.parameterCount()];
        int at = 0;
        for (MultidimensionalItem item : bank.items()) {
            double[] p = item.parameters();
            List<String> names = item.parameterNames();
            for (int k = 0; k < p.length; k++) {
                String n = names.get(k);
                out[at++] = n.equals("g") ? item.guessing() : n.equals("u") ? item.upper() : p[k];
            }
        }
        LatentNormal latent = bank.latent();
        for (int i = 1; i < latent.dimensions(); i++) {
            for (int j = 0; j < i; j++) {
                out[at++] = latent.correlation(i, j);
            }
        }
        return out;
    }

    /**
     * Standard errors of the natural parameters.
     *
     * @param covariance P × P covariance of the free parameters (items at their positions, then v)
     * @param positions where each item's parameters are among the free ones
     * @param base the position of the first correlation parameter
     */
    static double[] standardErrors(MultidimensionalBank bank, double[] covariance, int[][] positions, int base) {
        int total = (int) Math.round(Math.sqrt(covariance.length));
        double[] se = new double[bank.parameterCount()];
        int at = 0;
        for (int j = 0; j < bank.items().size(); j++) {
            MultidimensionalItem item = bank.item(j);
            List<String> names = item.parameterNames();
            for (int m = 0; m < names.size(); m++) {
                String n = names.get(m);
                double jac = n.equals("g") ? item.guessing() * (1 - item.guessing())
                        : n.equals("u") ? item.upper() * (1 - item.upper()) : 1;
                int k = positions[j][m];
                se[at] = Math.abs(jac) * Math.sqrt(Math.max(0, covariance[k * total + k]));
                at++;
            }
        }
        LatentNormal latent = bank.latent();
        int d = latent.dimensions();
        int m = latent.parameterCount();
        if (m == 0) {
            return se;
        }
        double[] v = latent.parameters();
        double[] jac = new double[m * m];
        for (int k = 0; k < m; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(v[k]));
            double[] up = v.clone();
            double[] down = v.clone();
            up[k] += h;
            down[k] -= h;
            LatentNormal lu = LatentNormal.ofParameters(d, up);
            LatentNormal ld = LatentNormal.ofParameters(d, down);
            int r = 0;
            for (int i = 1; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    jac[r * m + k] = (lu.correlation(i, j) - ld.correlation(i, j)) / (2 * h);
                    r++;
                }
            }
        }
        for (int r = 0; r < m; r++) {
            double s = 0;
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    s += jac[r * m + a] * covariance[(base + a) * total + base + b] * jac[r * m + b];
                }
            }
            se[at + r] = Math.sqrt(Math.max(0, s));
        }
        return se;
    }
}

package io.github.cact.mirt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatentNormalTest {

    private static final double[][] R = {{1, 0.6, 0.3}, {0.6, 1, -0.2}, {0.3, -0.2, 1}};

    @Test
    void correlationsRoundTripThroughTheFreeParameters() {
        LatentNormal latent = LatentNormal.ofCorrelations(R);
        LatentNormal again = LatentNormal.ofParameters(3, latent.parameters());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(R[i][j], again.correlation(i, j), 1e-14);
            }
        }
    }

    @Test
    void anyParametersGiveAPositiveDefiniteUnitDiagonalMatrix() {
        LatentNormal latent = LatentNormal.ofParameters(3, new double[] {40, -30, 25});
        double[][] r = latent.correlations();
        for (int i = 0; i < 3; i++) {
            assertEquals(1, r[i][i]);
        }
        assertTrue(Double.isFinite(latent.logDeterminant()));
        LatentNormal.ofCorrelations(r);
    }

    @Test
    void twoDimensionsGiveRFromV() {
        assertEquals(0.5 / Math.sqrt(1.25), LatentNormal.ofParameters(2, new double[] {0.5}).correlation(0, 1), 1e-15);
    }

    @Test
    void logDensityIsTheBivariateNormalDensity() {
        double r = 0.6;
        LatentNormal latent = LatentNormal.ofCorrelations(new double[][] {{1, r}, {r, 1}});
        double x = 0.3;
        double y = -1.2;
        double expected = -Math.log(2 * Math.PI * Math.sqrt(1 - r * r)) - (x * x - 2 * r * x * y + y * y) / (2 * (1 - r * r));
        assertEquals(expected, latent.logDensity(new double[] {x, y}), 1e-14);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        LatentNormal latent = LatentNormal.ofCorrelations(R);
        double[] s = {2.1, 0.9, 0.2, 0.9, 1.7, -0.4, 0.2, -0.4, 1.3};
        double n = 2;
        double[] g = new double[3];
        latent.gradient(s, n, g);
        double[] v = latent.parameters();
        double h = 1e-6;
        for (int k = 0; k < 3; k++) {
            double[] up = v.clone();
            double[] down = v.clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (completeLogLik(LatentNormal.ofParameters(3, up), s, n)
                    - completeLogLik(LatentNormal.ofParameters(3, down), s, n)) / (2 * h);
            assertEquals(numeric, g[k], 1e-7);
        }
    }

    private static double completeLogLik(LatentNormal latent, double[] s, double n) {
        double[] p = latent.precision();
        double trace = 0;
        for (int i = 0; i < 9; i++) {
            trace += p[i] * s[i];
        }
        return -0.5 * n * latent.logDeterminant() - 0.5 * trace;
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatentNormal.ofCorrelations(
                new double[][] {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}}));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }
}

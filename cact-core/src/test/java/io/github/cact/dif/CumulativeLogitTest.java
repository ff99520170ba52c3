package io.github.cact.dif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The cumulative-logit fit against closed forms (a binary response on a binary covariate: the MLE is the
 * sample log odds; the intercept-only model: the sample cumulative logits) and its derivatives against
 * central differences of the log-likelihood.
 */
class CumulativeLogitTest {

    @Test
    void binaryResponseOnBinaryCovariateGivesTheSampleLogOddsRatio() {
        // 2 × 2 table: x = 0: 30 of 100 score 1; x = 1: 45 of 80 score 1
        int[] y = {1, 0, 1, 0};
        double[] x = {0, 0, 1, 1};
        double[] w = {30, 70, 45, 35};
        CumulativeLogit.Fit fit = CumulativeLogit.fit(y, x, w, 2, 1);
        assertTrue(fit.converged());
        assertEquals(Math.log(30.0 / 70), fit.estimate()[0], 1e-9);
        assertEquals(Math.log(45.0 / 35) - Math.log(30.0 / 70), fit.estimate()[1], 1e-9);
        double ll = 30 * Math.log(0.3) + 70 * Math.log(0.7) + 45 * Math.log(45.0 / 80) + 35 * Math.log(35.0 / 80);
        assertEquals(ll, fit.logLikelihood(), 1e-9);
    }

    @Test
    void interceptOnlyModelGivesTheSampleCumulativeLogits() {
        int[] y = {0, 1, 2, 3};
        double[] w = {10, 20, 30, 40};
        CumulativeLogit.Fit fit = CumulativeLogit.fit(y, new double[0], w, 4, 0);
        assertTrue(fit.converged());
        assertEquals(Math.log(90.0 / 10), fit.estimate()[0], 1e-9);
        assertEquals(Math.log(70.0 / 30), fit.estimate()[1], 1e-9);
        assertEquals(Math.log(40.0 / 60), fit.estimate()[2], 1e-9);
        double ll = 10 * Math.log(0.1) + 20 * Math.log(0.2) + 30 * Math.log(0.3) + 40 * Math.log(0.4);
        assertEquals(ll, fit.logLikelihood(), 1e-9);
    }

    @Test
    void gradientAndHessianAreTheDerivativesOfTheLogLikelihood() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 40;
        int p = 2;
        int[] y = new int[n];
        double[] x = new double[n * p];
        double[] w = new double[n];
        for (int e = 0; e < n; e++) {
            y[e] = e % 3;
            x[e * p] = random.nextGaussian();
            x[e * p + 1] = random.nextInt(2);
            w[e] = 1 + random.nextInt(3);
        }
        double[] theta = {0.7, -0.4, 0.3, -0.5};
        int m = theta.length;
        double[] grad = new double[m];
        double[] hess = new double[m * m];
        CumulativeLogit.evaluate(y, x, w, 2, p, theta, grad, hess);
        double h = 1e-5;
        for (int j = 0; j < m; j++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[j] += h;
            down[j] -= h;
            double[] gUp = new double[m];
            double[] gDown = new double[m];
            double fUp = CumulativeLogit.evaluate(y, x, w, 2, p, up, gUp, new double[m * m]);
            double fDown = CumulativeLogit.evaluate(y, x, w, 2, p, down, gDown, new double[m * m]);
            assertEquals((fUp - fDown) / (2 * h), grad[j], 1e-6, "gradient " + j);
            for (int l = 0; l < m; l++) {
                assertEquals((gUp[l] - gDown[l]) / (2 * h), hess[l * m + j], 1e-5, "Hessian " + l + "," + j);
            }
        }
    }

    @Test
    void completeSeparationReachesTheSupremumOfTheLikelihood() {
        // the covariate predicts the response exactly: the likelihood tends to 1 as β grows without bound
        int[] y = {0, 1};
        double[] x = {-1, 1};
        double[] w = {20, 30};
        CumulativeLogit.Fit fit = CumulativeLogit.fit(y, x, w, 2, 1);
        assertTrue(fit.converged());
        assertTrue(fit.logLikelihood() > -1e-6 && fit.logLikelihood() <= 0, "log-likelihood " + fit.logLikelihood());
    }

    @Test
    void nagelkerkeIsCoxSnellOverItsMaximum() {
        double ll0 = -120;
        double ll = -100;
        double n = 200;
        double coxSnell = 1 - Math.exp(2 * (ll0 - ll) / n);
        double max = 1 - Math.exp(2 * ll0 / n);
        assertEquals(coxSnell / max, LogisticRegressionDif.nagelkerke(ll, ll0, n), 1e-15);
        assertEquals(0, LogisticRegressionDif.nagelkerke(ll0, ll0, n), 1e-15);
    }
}

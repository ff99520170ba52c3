package io.github.cact.mirt.estimation;

import io.github.cact.data.ResponseMatrix;
import io.github.cact.mirt.LatentNormal;
import java.util.Arrays;

/**
 * The reference for the estimation tests: marginal maximum likelihood of a simple-structure 2PL model (or,
 * with common slopes, of a 1PL model with one slope per factor: the Rasch model with free factor variances)
 * with correlated factors by EM over a product Gauss–Hermite grid (Bock &amp; Aitkin 1981, Psychometrika 46(4);
 * the grid in z with θ = Lz), the method of mirt's quadrature EM. Independent of the code under test except
 * for {@link LatentNormal}'s parametrisation of R: nodes by Golub–Welsch (Jacobi eigenvalues of the Hermite
 * Jacobi matrix), item M-steps by Newton's method to convergence, the correlation M-step by Newton's method
 * with finite-difference derivatives of −(N/2) log det R − ½ tr(R⁻¹S).
 */
final class QuadratureReference {

    final double[] slopes;
    final double[] intercepts;
    LatentNormal latent;
    int cycles;

    private final int items;
    private final int d;
    private final int[] factor;
    private final double[] nodes;
    private final double[] weights;

    /** Whether the items on a factor share one slope (1PL; Rasch with free factor variances). */
    private final boolean commonSlopes;

    QuadratureReference(int[] factor, int dimensions, int nodesPerDimension) {
        this(factor, dimensions, nodesPerDimension, false);
    }

    QuadratureReference(int[] factor, int dimensions, int nodesPerDimension, boolean commonSlopes) {
        this.commonSlopes = commonSlopes;
        this.items = factor.length;
        this.d = dimensions;
        this.factor = factor.clone();
        this.slopes = new double[items];
        this.intercepts = new double[items];
        Arrays.fill(slopes, 1);
        this.latent = LatentNormal.independent(dimensions);
        double[][] gh = gaussHermite(nodesPerDimension);
        int q = (int) Math.pow(nodesPerDimension, dimensions);
        nodes = new double[q * dimensions];
        weights = new double[q];
        for (int k = 0; k < q; k++) {
            int rest = k;
            double w = 1;
            for (int f = 0; f < dimensions; f++) {
                int i = rest % nodesPerDimension;
                rest /= nodesPerDimension;
                nodes[k * dimensions + f] = gh[0][i];
                w *= gh[1][i];
            }
            weights[k] = w;
        }
    }

    /** Runs EM until the largest change is below {@code tolerance}. */
    void fit(ResponseMatrix data, double tolerance, int maxCycles) {
        int n = data.examinees();
        int q = weights.length;
        double[] theta = new double[q * d];
        double[] z = new double[d];
        double[] t = new double[d];
        for (cycles = 1; cycles <= maxCycles; cycles++) {
            for (int k = 0; k < q; k++) {
                System.arraycopy(nodes, k * d, z, 0, d);
                latent.transform(z, t);
                System.arraycopy(t, 0, theta, k * d, d);
            }
            double[][] logP1 = new double[items][q];
            double[][] logP0 = new double[items][q];
            for (int j = 0; j < items; j++) {
                for (int k = 0; k < q; k++) {
                    double eta = slopes[j] * theta[k * d + factor[j]] + intercepts[j];
                    logP1[j][k] = -Math.log1p(Math.exp(-eta));
                    logP0[j][k] = -Math.log1p(Math.exp(eta));
                }
            }
            double[][] r1 = new double[items][q];
            double[][] r0 = new double[items][q];
            double[] total = new double[q];
            double[] post = new double[q];
            for (int p = 0; p < n; p++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < q; k++) {
                    double s = Math.log(weights[k]);
                    for (int j = 0; j < items; j++) {
                        int x = data.response(p, j);
                        s += x == 1 ? logP1[j][k] : x == 0 ? logP0[j][k] : 0;
                    }
                    post[k] = s;
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int k = 0; k < q; k++) {
                    post[k] = Math.exp(post[k] - max);
                    sum += post[k];
                }
                for (int k = 0; k < q; k++) {
                    double w = post[k] / sum;
                    total[k] += w;
                    for (int j = 0; j < items; j++) {
                        int x = data.response(p, j);
                        if (x == 1) {
                            r1[j][k] += w;
                        } else if (x == 0) {
                            r0[j][k] += w;
                        }
                    }
                }
            }
            double change = 0;
            for (int j = 0; j < items; j++) {
                change = Math.max(change, newtonItem(j, theta, r1[j], r0[j]));
            }
            if (commonSlopes) {
                for (int f = 0; f < d; f++) {
                    change = Math.max(change, newtonCommonSlope(f, theta, r1, r0));
                }
            }
            double[] moments = new double[d * d];
            for (int k = 0; k < q; k++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        moments[a * d + b] += total[k] * theta[k * d + a] * theta[k * d + b];
                    }
                }
            }
            change = Math.max(change, newtonLatent(moments, n));
            if (change < tolerance) {
                return;
            }
        }
        throw new AssertionError("the reference EM did not converge in " + maxCycles + " cycles");
    }

    /** The marginal log-likelihood on the grid of given simple-structure 2PL parameters. */
    double logLikelihood(ResponseMatrix data, double[] a, double[] intercept, LatentNormal r) {
        int q = weights.length;
        double[] z = new double[d];
        double[] t = new double[d];
        double[][] logP1 = new double[items][q];
        double[][] logP0 = new double[items][q];
        for (int k = 0; k < q; k++) {
            System.arraycopy(nodes, k * d, z, 0, d);
            r.transform(z, t);
            for (int j = 0; j < items; j++) {
                double eta = a[j] * t[factor[j]] + intercept[j];
                logP1[j][k] = -Math.log1p(Math.exp(-eta));
                logP0[j][k] = -Math.log1p(Math.exp(eta));
            }
        }
        double total = 0;
        double[] s = new double[q];
        for (int p = 0; p < data.examinees(); p++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < q; k++) {
                double v = Math.log(weights[k]);
                for (int j = 0; j < items; j++) {
                    int x = data.response(p, j);
                    v += x == 1 ? logP1[j][k] : x == 0 ? logP0[j][k] : 0;
                }
                s[k] = v;
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int k = 0; k < q; k++) {
                sum += Math.exp(s[k] - max);
            }
            total += max + Math.log(sum);
        }
        return total;
    }

    private double newtonItem(int j, double[] theta, double[] r1, double[] r0) {
        double a0 = slopes[j];
        double d0 = intercepts[j];
        for (int it = 0; it < 50; it++) {
            double ga = 0;
            double gd = 0;
            double haa = 0;
            double had = 0;
            double hdd = 0;
            for (int k = 0; k < r1.length; k++) {
                double th = theta[k * d + factor[j]];
                double nk = r1[k] + r0[k];
                double p = 1 / (1 + Math.exp(-(slopes[j] * th + intercepts[j])));
                double res = r1[k] - nk * p;
                double w = nk * p * (1 - p);
                ga += res * th;
                gd += res;
                haa += w * th * th;
                had += w * th;
                hdd += w;
            }
            double det = haa * hdd - had * had;
            double da = commonSlopes ? 0 : (hdd * ga - had * gd) / det;
            double dd = commonSlopes ? gd / hdd : (haa * gd - had * ga) / det;
            slopes[j] += da;
            intercepts[j] += dd;
            if (Math.abs(da) + Math.abs(dd) < 1e-12) {
                break;
            }
        }
        return Math.max(Math.abs(slopes[j] - a0), Math.abs(intercepts[j] - d0));
    }

    /** Newton's method on the slope shared by the items on factor f, their intercepts held. */
    private double newtonCommonSlope(int f, double[] theta, double[][] r1, double[][] r0) {
        double a0 = Double.NaN;
        for (int it = 0; it < 50; it++) {
            double g = 0;
            double h = 0;
            double a = 0;
            for (int j = 0; j < items; j++) {
                if (factor[j] != f) {
                    continue;
                }
                a = slopes[j];
                for (int k = 0; k < r1[j].length; k++) {
                    double th = theta[k * d + f];
                    double nk = r1[j][k] + r0[j][k];
                    double p = 1 / (1 + Math.exp(-(a * th + intercepts[j])));
                    g += (r1[j][k] - nk * p) * th;
                    h += nk * p * (1 - p) * th * th;
                }
            }
            if (Double.isNaN(a0)) {
                a0 = a;
            }
            double step = g / h;
            for (int j = 0; j < items; j++) {
                if (factor[j] == f) {
                    slopes[j] = a + step;
                }
            }
            if (Math.abs(step) < 1e-12) {
                break;
            }
        }
        for (int j = 0; j < items; j++) {
            if (factor[j] == f) {
                return Math.abs(slopes[j] - a0);
            }
        }
        return 0;
    }

    private double newtonLatent(double[] moments, double n) {
        double[] v = latent.parameters();
        double[] start = v.clone();
        int m = v.length;
        double h = 1e-4;
        for (int it = 0; it < 20; it++) {
            double[] g = new double[m];
            double[] hess = new double[m * m];
            double f0 = objective(v, moments, n);
            for (int a = 0; a < m; a++) {
                g[a] = (objective(shift(v, a, h, -1, 0), moments, n) - objective(shift(v, a, -h, -1, 0), moments, n))
                        / (2 * h);
                for (int b = 0; b < m; b++) {
                    hess[a * m + b] = (objective(shift(v, a, h, b, h), moments, n)
                            - objective(shift(v, a, h, b, -h), moments, n) - objective(shift(v, a, -h, b, h), moments, n)
                            + objective(shift(v, a, -h, b, -h), moments, n)) / (4 * h * h);
                }
            }
            double[] step = solve(hess, g, m);
            double size = 0;
            for (int a = 0; a < m; a++) {
                v[a] -= step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (objective(v, moments, n) < f0 - 1e-9) {
                throw new AssertionError("the reference correlation step went downhill");
            }
            if (size < 1e-10) {
                break;
            }
        }
        latent = LatentNormal.ofParameters(d, v);
        double change = 0;
        for (int a = 0; a < m; a++) {
            change = Math.max(change, Math.abs(v[a] - start[a]));
        }
        return change;
    }

    private static double[] shift(double[] v, int a, double ha, int b, double hb) {
        double[] c = v.clone();
        c[a] += ha;
        if (b >= 0) {
            c[b] += hb;
        }
        return c;
    }

    private double objective(double[] v, double[] moments, double n) {
        LatentNormal l = LatentNormal.ofParameters(d, v);
        double[] p = l.precision();
        double trace = 0;
        for (int i = 0; i < d * d; i++) {
            trace += p[i] * moments[i];
        }
        return -0.5 * n * l.logDeterminant() - 0.5 * trace;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[] a, double[] b, int m) {
        double[][] aug = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                aug[i][j] = a[i * m + j];
            }
            aug[i][m] = b[i];
        }
        for (int c = 0; c < m; c++) {
            int pivot = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.abs(aug[r][c]) > Math.abs(aug[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = aug[c];
            aug[c] = aug[pivot];
            aug[pivot] = tmp;
            for (int r = c + 1; r < m; r++) {
                double f = aug[r][c] / aug[c][c];
                for (int k = c; k <= m; k++) {
                    aug[r][k] -= f * aug[c][k];
                }
            }
        }
        double[] x = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = aug[r][m];
            for (int k = r + 1; k < m; k++) {
                s -= aug[r][k] * x[k];
            }
            x[r] = s / aug[r][r];
        }
        return x;
    }

    /**
     * Gauss–Hermite rule for the standard normal density (Golub &amp; Welsch 1969, Math. Comp. 23): nodes
     * are the eigenvalues of the symmetric tridiagonal matrix with off-diagonal √k, weights the squared
     * first components of the eigenvectors.
     */
    static double[][] gaussHermite(int n) {
        double[][] a = new double[n][n];
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
            if (i + 1 < n) {
                a[i][i + 1] = Math.sqrt(i + 1);
                a[i + 1][i] = Math.sqrt(i + 1);
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[][] out = new double[2][n];
        for (int i = 0; i < n; i++) {
            out[0][i] = a[i][i];
            out[1][i] = v[0][i] * v[0][i];
        }
        return out;
    }
}

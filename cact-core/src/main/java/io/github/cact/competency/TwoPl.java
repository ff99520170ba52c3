package io.github.cact.competency;

/** The 2PL response function with its closed-form RP location. */
record TwoPl(double a, double b) implements ResponseFunction {

    @Override
    public double probability(double theta) {
        return 1 / (1 + Math.exp(-a * (theta - b)));
    }

    @Override
    public double location(double rp) {
        Bookmark.checkRp(rp);
        return b + Math.log(rp / (1 - rp)) / a;
    }
}

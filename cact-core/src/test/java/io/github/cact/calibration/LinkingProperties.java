package io.github.cact.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ModelType;
import io.github.cact.simulation.ResponseSimulator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the scale transformation θ* = Aθ + B. */
class LinkingProperties {

    @Property(tries = 50, seed = "20261122")
    void transformPreservesResponseProbabilities(@ForAll @DoubleRange(min = 0.3, max = 3) double a,
            @ForAll @DoubleRange(min = -2, max = 2) double b, @ForAll @LongRange(min = 1, max = 1000) long seed,
            @ForAll @DoubleRange(min = -4, max = 4) double theta) {
        ItemBank form = ResponseSimulator.randomBank(ModelType.GRM, 3, 4, seed);
        ItemBank moved = Linking.transform(form, a, b);
        for (int i = 0; i < form.size(); i++) {
            assertEquals(form.model(i).expectedScore(theta), moved.model(i).expectedScore(a * theta + b), 1e-9);
        }
    }

    @Property(tries = 50, seed = "20261122")
    void transformThenInverseIsTheIdentity(@ForAll @DoubleRange(min = 0.3, max = 3) double a,
            @ForAll @DoubleRange(min = -2, max = 2) double b, @ForAll @LongRange(min = 1, max = 1000) long seed) {
        ItemBank form = ResponseSimulator.randomBank(ModelType.FOUR_PL, 4, 2, seed);
        ItemBank back = Linking.transform(Linking.transform(form, a, b), 1 / a, -b / a);
        for (int i = 0; i < form.size(); i++) {
            assertEquals(form.model(i).slope(), back.model(i).slope(), 1e-9);
            assertEquals(form.model(i).intercepts()[0], back.model(i).intercepts()[0], 1e-9);
            assertEquals(form.model(i).guessing(), back.model(i).guessing());
        }
    }
}

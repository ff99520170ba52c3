package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class DataFormatExceptionTest {

    @Test
    void theMessageNamesThePlaceThatApplies() {
        DataFormatException e = new DataFormatException("a.csv", 7, 3, "bad");
        assertEquals("a.csv, line 7, column 3: bad", e.getMessage());
        assertEquals("a.csv", e.source());
        assertEquals(7, e.line());
        assertEquals(3, e.column());
        assertEquals("a.csv, line 7: bad", new DataFormatException("a.csv", 7, 0, "bad").getMessage());
        assertEquals("a.csv: bad", new DataFormatException("a.csv", 0, 0, "bad").getMessage());
    }

    @Test
    void nullsAreRefused() {
        NullPointerTester tester = new NullPointerTester();
        tester.testAllPublicConstructors(DataFormatException.class);
        tester.testAllPublicInstanceMethods(new DataFormatException("a.csv", 1, 1, "bad"));
    }
}

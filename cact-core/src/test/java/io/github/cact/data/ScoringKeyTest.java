package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringKeyTest {

    private static ScoringKey read(String text) throws IOException {
        return ScoringKey.read(new StringReader(text), "key.csv");
    }

    private static DataFormatException refused(String text) {
        return assertThrows(DataFormatException.class, () -> read(text));
    }

    @Test
    void readsOptionsInFileOrderAndScoresThem() throws IOException {
        ScoringKey key = read("item,option,score\nS1,A,2\nS1,B,0\nS1,C,1\nS1,D,1\nS2,a,1\nS2,b,0\n");
        assertEquals(List.of("S1", "S2"), key.items());
        assertEquals(List.of("A", "B", "C", "D"), key.options("S1"));
        assertEquals(2, key.maxScore("S1"));
        assertEquals(1, key.maxScore("S2"));
        assertEquals(2, key.score("S1", 0));
        assertEquals(1, key.score("S1", 3));
        assertTrue(key.contains("S2"));
        assertFalse(key.contains("s2"));
    }

    @Test
    void matchesLabelsWithoutRegardToCase() throws IOException {
        ScoringKey key = read("Score;Item;Option\n1;S1;yes\n0;S1;No\n");
        assertEquals(0, key.optionIndex("S1", "YES"));
        assertEquals(1, key.optionIndex("S1", "no"));
        assertEquals(-1, key.optionIndex("S1", "maybe"));
    }

    @Test
    void refusesAGapInTheScoresAtTheTopOption() {
        DataFormatException e = refused("item,option,score\nS1,A,0\nS1,B,3\nS1,C,1\n");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("item 'S1'") && e.getMessage().contains("no option scores 2"), e.getMessage());
    }

    @Test
    void refusesAnItemWhoseOptionsAllScoreZero() {
        DataFormatException e = refused("item,option,score\nS1,A,0\nS1,B,0\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("every option scores 0"), e.getMessage());
    }

    @Test
    void refusesARepeatedOptionInAnyCase() {
        DataFormatException e = refused("item,option,score\nS1,A,1\nS1,b,0\nS1,a,0\n");
        assertEquals(4, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("first on line 2"), e.getMessage());
    }

    @Test
    void refusesScoresThatAreNotWholeNumbersInRange() {
        for (String bad : new String[] {"-1", "1.0", "x", "", "127"}) {
            DataFormatException e = refused("item,option,score\nS1,A," + bad + "\nS1,B,0\n");
            assertEquals(2, e.line(), bad);
            assertEquals(3, e.column(), bad);
            assertTrue(e.getMessage().contains("item 'S1', option 'A': score '" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void refusesEmptyOrReservedLabelsAndEmptyItems() {
        assertTrue(refused("item,option,score\nS1,NA,1\n").getMessage().contains("reserved for a missing answer"));
        assertTrue(refused("item,option,score\nS1,,1\n").getMessage().contains("is empty"));
        assertEquals(1, refused("item,option,score\n,A,1\n").column());
    }

    @Test
    void refusesBadHeadersAndEmptyKeys() {
        assertTrue(refused("item,option\nS1,A\n").getMessage().contains("no 'score' column"));
        assertEquals(4, refused("item,option,score,weight\nS1,A,1,2\n").column());
        assertEquals(3, refused("item,option,Item\n").column());
        assertTrue(refused("item,option,score\n").getMessage().contains("not followed by any key row"));
        DataFormatException ragged = refused("item,option,score\nS1,A\n");
        assertEquals(2, ragged.line());
    }

    @Test
    void refusesUnknownItemsInTheLookups() throws IOException {
        ScoringKey key = read("item,option,score\nS1,A,1\nS1,B,0\n");
        assertThrows(IllegalArgumentException.class, () -> key.options("S9"));
        assertThrows(IndexOutOfBoundsException.class, () -> key.score("S1", 2));
    }
}

package io.github.cact.data;

import static io.github.cact.data.ResponseMatrix.MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawResponsesTest {

    private static final String KEY = "item,option,score\nS1,A,2\nS1,B,1\nS1,C,0\nS2,A,0\nS2,B,1\n";

    private static RawResponses read(String text) throws IOException {
        return RawResponses.read(new StringReader(text), "raw.csv", ScoringKey.read(new StringReader(KEY), "key.csv"));
    }

    private static DataFormatException refused(String text) {
        return assertThrows(DataFormatException.class, () -> read(text));
    }

    @Test
    void scoresOptionsInAnyCaseAndKeepsMissingAnswers() throws IOException {
        RawResponses raw = read("nip,S1,S2\np1,a,B\np2,C,NA\np3,,a\n");
        assertEquals(List.of("p1", "p2", "p3"), raw.examineeIds());
        assertEquals(0, raw.option(0, 0));
        assertEquals(MISSING, raw.option(2, 0));
        ResponseMatrix expected = ResponseMatrix.of(List.of("p1", "p2", "p3"), List.of("S1", "S2"),
                new int[][] {{2, 1}, {0, MISSING}, {MISSING, 0}});
        assertEquals(expected, raw.scored());
    }

    @Test
    void refusesAnOptionNotInTheKeyNamingThePlace() {
        DataFormatException e = refused("id,S1,S2\np1,A,B\np2,D,A\n");
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("answer 'D' for item S1 of examinee 'p2'")
                && e.getMessage().contains("A, B, C"), e.getMessage());
    }

    @Test
    void refusesAnItemWithoutKeyAtItsHeaderColumn() {
        DataFormatException e = refused("id,S1,S3\np1,A,B\n");
        assertEquals(1, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("item 'S3' has no scoring key"), e.getMessage());
    }

    @Test
    void appliesTheIdRulesOfResponseFiles() {
        assertTrue(refused("id,S1\np1,A\np1,B\n").getMessage().contains("repeated; it first appears on line 2"));
        assertEquals(1, refused("id,S1\n,A\n").column());
        assertEquals(3, refused("id,S1,S2\np1,A\n").column());
        assertEquals(3, refused("id,S1,S1\np1,A,A\n").column());
        assertTrue(refused("id,S1\n").getMessage().contains("not followed by any examinee row"));
        assertTrue(refused("id\np1\n").getMessage().contains("no item column"));
    }
}

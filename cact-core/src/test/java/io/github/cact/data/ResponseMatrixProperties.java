package io.github.cact.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ResponseMatrixProperties {

    /** Raw input of a matrix: unique ids (with characters that CSV must quote) and cells, missing included. */
    record Input(List<String> examineeIds, List<String> itemIds, int[][] cells) {
        ResponseMatrix matrix() {
            return ResponseMatrix.of(examineeIds, itemIds, cells);
        }
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Integer> cell = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(ResponseMatrix.MISSING)),
                Tuple.of(6, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.integers().between(0, ResponseMatrix.MAX_CATEGORY)));
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ09 ,;\t\"'é\n\r\u3000").ofMaxLength(4);
        return Arbitraries.integers().between(1, 6).flatMap(items -> Arbitraries.integers().between(0, 12)
                .flatMap(examinees -> Combinators.combine(
                        text.list().ofSize(examinees),
                        text.list().ofSize(items),
                        cell.array(int[].class).ofSize(items).array(int[][].class).ofSize(examinees))
                        .as((e, i, cells) -> new Input(unique(e, "E"), unique(i, "Q"), cells))));
    }

    /** Makes ids unique and non-blank by a numbered infix ended by a character the texts lack. */
    private static List<String> unique(List<String> texts, String letter) {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            ids.add(t.substring(0, t.length() / 2) + letter + k + '-' + t.substring(t.length() / 2));
        }
        return ids;
    }

    @Property(tries = 300, seed = "20261122")
    void ofAndBuilderKeepEveryCell(@ForAll("inputs") Input input) {
        ResponseMatrix m = input.matrix();
        ResponseMatrix.Builder builder = ResponseMatrix.builder(input.itemIds());
        for (int e = 0; e < input.cells().length; e++) {
            builder.add(input.examineeIds().get(e), input.cells()[e]);
        }
        assertEquals(m, builder.build());
        assertEquals(input.examineeIds(), m.examineeIds());
        assertEquals(input.itemIds(), m.itemIds());
        byte[] row = new byte[m.items()];
        for (int i = 0; i < m.items(); i++) {
            int max = -1;
            for (int e = 0; e < m.examinees(); e++) {
                int value = input.cells()[e][i];
                assertEquals(value, m.response(e, i));
                assertEquals(value == ResponseMatrix.MISSING, m.isMissing(e, i));
                max = Math.max(max, value);
            }
            assertEquals(max, m.maxCategory(i));
            assertEquals(i, m.itemIndex(input.itemIds().get(i)));
        }
        for (int e = 0; e < m.examinees(); e++) {
            m.copyRow(e, row, 0);
            int sum = 0;
            for (int i = 0; i < m.items(); i++) {
                assertEquals(m.response(e, i), row[i]);
                sum += Math.max(0, row[i]);
            }
            assertEquals(sum, m.sumScore(e));
        }
    }

    @Property(tries = 300, seed = "20261122")
    void selectItemsAgreesWithResponse(@ForAll("inputs") Input input, @ForAll long seed) {
        ResponseMatrix m = input.matrix();
        List<String> chosen = new ArrayList<>(input.itemIds());
        java.util.Collections.shuffle(chosen, new java.util.Random(seed));
        chosen = chosen.subList(0, 1 + (int) Math.floorMod(seed, (long) chosen.size()));
        ResponseMatrix picked = m.selectItems(chosen);
        assertEquals(chosen, picked.itemIds());
        assertEquals(m.examineeIds(), picked.examineeIds());
        for (int k = 0; k < chosen.size(); k++) {
            int column = m.itemIndex(chosen.get(k));
            for (int e = 0; e < m.examinees(); e++) {
                assertEquals(m.response(e, column), picked.response(e, k));
            }
        }
    }

    @Property(tries = 300, seed = "20261122")
    void rowsAgreesWithResponse(@ForAll("inputs") Input input, @ForAll long seed) {
        ResponseMatrix m = input.matrix();
        int from = (int) Math.floorMod(seed, (long) m.examinees() + 1);
        int to = from + (int) Math.floorMod(seed >>> 20, (long) m.examinees() - from + 1);
        ResponseMatrix chunk = m.rows(from, to);
        assertEquals(to - from, chunk.examinees());
        assertEquals(m.itemIds(), chunk.itemIds());
        for (int e = from; e < to; e++) {
            assertEquals(m.examineeId(e), chunk.examineeId(e - from));
            byte[] expected = new byte[m.items()];
            byte[] actual = new byte[m.items()];
            m.copyRow(e, expected, 0);
            chunk.copyRow(e - from, actual, 0);
            assertArrayEquals(expected, actual);
        }
    }

    @Property(tries = 300, seed = "20261122")
    void csvWriteThenReadGivesAnEqualMatrix(@ForAll("inputs") Input input) throws IOException {
        ResponseMatrix m = input.matrix();
        if (m.examinees() == 0) {
            return;
        }
        StringWriter out = new StringWriter();
        ResponseCsv.write(m, out);
        assertEquals(m, ResponseCsv.read(new StringReader(out.toString()), "round-trip.csv"));
    }
}

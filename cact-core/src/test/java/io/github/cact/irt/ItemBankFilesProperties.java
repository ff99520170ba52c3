package io.github.cact.irt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cact.data.DataFormatException;
import io.github.cact.simulation.ResponseSimulator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Write → read gives back an equal bank, bit for bit, for random banks of every model. */
class ItemBankFilesProperties {

    @Property(tries = 200, seed = "20261129")
    void banksRoundTripThroughCsvAndJson(@ForAll @IntRange(min = 2, max = 6) int categories, @ForAll long seed)
            throws IOException {
        List<Item> items = new ArrayList<>();
        for (ModelType type : ModelType.values()) {
            for (Item item : ResponseSimulator.randomBank(type, 3, categories, seed ^ type.ordinal()).items()) {
                items.add(Item.of(type.code() + "-" + item.id(), item.model(), type.ordinal() % 2 == 0 ? "S1" : ""));
            }
        }
        ItemBank bank = ItemBank.of(items);
        StringWriter csv = new StringWriter();
        ItemBankFiles.writeCsv(bank, csv);
        assertEquals(bank, ItemBankFiles.readCsv(new StringReader(csv.toString()), "bank.csv"));
        assertEquals(bank, ItemBankFiles.parseJson(ItemBankFiles.toJson(bank), "bank.json"));
    }

    @Property(tries = 50, seed = "20261129")
    void withoutInterceptsTheThresholdsStillDefineTheBank(@ForAll long seed) throws IOException {
        ItemBank bank = ResponseSimulator.randomBank(ModelType.TWO_PL, 5, 2, seed);
        StringWriter csv = new StringWriter();
        ItemBankFiles.writeCsv(bank, csv);
        StringBuilder withoutD = new StringBuilder();
        for (String line : csv.toString().split("\n")) {
            withoutD.append(line, 0, line.lastIndexOf(',')).append('\n');
        }
        ItemBank read = ItemBankFiles.readCsv(new StringReader(withoutD.toString()), "bank.csv");
        for (int i = 0; i < bank.size(); i++) {
            assertEquals(bank.model(i).intercepts()[0], read.model(i).intercepts()[0],
                    Math.ulp(bank.model(i).intercepts()[0]) * 4);
        }
    }

    @Example
    void anInterceptThatDisagreesWithItsThresholdIsRefused() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ItemBankFiles.readCsv(
                new StringReader("item,model,a,b1,d1\nQ1,2pl,2,0.5,-1\nQ2,2pl,2,0.5,-1.5\n"), "bank.csv"));
        assertEquals("bank.csv, line 3, column 5: item 'Q2': d1 = -1.5 does not agree with b1 = 0.5 (b = -d/a);"
                + " edit both, or delete the d columns", e.getMessage());
        e = assertThrows(DataFormatException.class, () -> ItemBankFiles.parseJson(
                "{\"items\": [{\"item\": \"Q1\", \"model\": \"grm\", \"a\": 1, \"b\": [0, 1], \"d\": [0]}]}",
                "bank.json"));
        assertEquals("bank.json, $.items[0].d: item 'Q1': found 1 intercepts; expected 2, one per threshold",
                e.getMessage());
    }
}

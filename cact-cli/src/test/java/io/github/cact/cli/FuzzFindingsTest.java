package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases that {@link CommandFuzzProperties} found, each kept as a plain regression test. */
class FuzzFindingsTest {

    @TempDir
    Path dir;

    @Test
    void aCompetencyColumnThatIsNoCodeIsLocatedAtItsHeaderCell() throws Exception {
        Files.writeString(dir.resolve("S.csv"), "position,M1,M 2\nADMIN,3,3\n");
        Files.writeString(dir.resolve("L.csv"), "id,position,M1,M 2\nP1,ADMIN,3,3\n");
        CliRunner result = CliRunner.run("jpm", "--levels", dir.resolve("L.csv").toString(), "--standards",
                dir.resolve("S.csv").toString(), "--out", dir.resolve("jpm.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().contains("S.csv, line 1, column 3: competency code 'M 2'"), result.err());
        assertFalse(Files.exists(dir.resolve("jpm.csv")));
    }

    @Test
    void aRepeatedCompetencyColumnIsLocatedAtItsSecondCell() throws Exception {
        Files.writeString(dir.resolve("positions.csv"), "position,M1,M2,min_category,M1\nKABAG,3,3,MS,3\n");
        Files.writeString(dir.resolve("people.csv"), "id,M1,M2,box\nA,3,3,9\n");
        CliRunner result = CliRunner.run("match", "--people", dir.resolve("people.csv").toString(), "--positions",
                dir.resolve("positions.csv").toString(), "--out", dir.resolve("out.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().contains("positions.csv, line 1, column 5: competency 'M1' is repeated; it is also"
                + " in column 2"), result.err());
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void banksWhoseCommonItemsDisagreeAreBothNamed() throws Exception {
        Files.writeString(dir.resolve("bank.csv"), "item,model,a,b1,b2,b3,g,u,scale\nQ1,2pl,1.2,-0.3,,,,,\n"
                + "Q2,2pl,0.9,0.4,,,,,\nQ3,grm,1.1,-1.0,0.2,1.3,,,\n");
        Files.writeString(dir.resolve("form.csv"), "item,model,a,b1,b2,b3,g,u,scale\nQ1,2pl,1.1,-0.2,,,,,\n"
                + "Q2,2pl,0.8,0.5,,,,,\nQ3,grm,1.1,-1.0,0.2,,,,\n");
        CliRunner result = CliRunner.run("link", "--from", dir.resolve("form.csv").toString(), "--to",
                dir.resolve("bank.csv").toString(), "--method", "mean-sigma", "--out", dir.resolve("A.csv").toString());
        assertEquals(ExitCodes.DATA, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("cact: bad input: form.csv and bank.csv: common item 'Q3'"), result.err());
        assertFalse(Files.exists(dir.resolve("A.csv")));
    }
}

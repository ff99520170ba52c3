package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cact.ctt.ItemAnalysis;
import io.github.cact.ctt.ItemStatistics;
import io.github.cact.ctt.MarginalReliability;
import io.github.cact.data.ResponseCsv;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.dependence.ItemPairDependence;
import io.github.cact.dependence.LocalDependence;
import io.github.cact.dependence.LocalDependenceOptions;
import io.github.cact.dif.DifAnalysis;
import io.github.cact.dif.DifGroups;
import io.github.cact.dif.DifResult;
import io.github.cact.dif.ItemDif;
import io.github.cact.irt.ItemBankFiles;
import io.github.cact.personfit.PersonFit;
import io.github.cact.personfit.PersonFitOptions;
import io.github.cact.personfit.PersonFitResult;
import io.github.cact.personfit.PersonFitResults;
import io.github.cact.scoring.Scorer;
import io.github.cact.scoring.ScoringOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private static String fixed(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.6f", value.getAsDouble()) : "";
    }

    private CliRunner analyze(String... extra) {
        String[] base = {"analyze", "--responses", dir.resolve("r.csv").toString(), "--items",
            dir.resolve("items.csv").toString(), "--out", dir.resolve("out").toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRunner.run(args);
    }

    @Test
    void writesTheLibrarysItemStatisticsAndReliabilities() throws Exception {
        assertEquals(0, CliRunner.run("simulate", "--model", "2pl", "--n-items", "8", "--examinees", "300", "--seed",
                "5", "--out", dir.resolve("r.csv").toString(), "--bank-out", dir.resolve("items.csv").toString())
                .exitCode());
        CliRunner result = analyze();
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        ResponseMatrix data = ResponseCsv.read(dir.resolve("r.csv"));
        ItemAnalysis expected = ItemAnalysis.of(data);
        List<String> ctt = Files.readAllLines(dir.resolve("out/ctt.csv"));
        assertEquals("item,n,mean,sd,item_rest_r,alpha_if_deleted", ctt.get(0));
        assertEquals(9, ctt.size());
        for (int i = 0; i < 8; i++) {
            ItemStatistics item = expected.items().get(i);
            assertEquals(String.join(",", item.item(), Integer.toString(item.answered()), fixed(item.mean()),
                    fixed(item.sd()), fixed(item.itemRest()), fixed(item.alphaIfDeleted())), ctt.get(i + 1));
        }
        var bank = ItemBankFiles.readCsv(dir.resolve("items.csv"));
        List<String> reliability = Files.readAllLines(dir.resolve("out/reliability.csv"));
        assertEquals(List.of("scale,n_complete,alpha,alpha_lower,alpha_upper,empirical_rxx,marginal_rxx",
                String.join(",", "", "300", fixed(expected.alpha()), fixed(expected.alphaLower()),
                        fixed(expected.alphaUpper()), fixed(Scorer.of(bank).score(data).empiricalReliability()),
                        fixed(OptionalDouble.of(MarginalReliability.of(bank))))), reliability);
        assertFalse(Files.exists(dir.resolve("out/options.csv")));
        assertFalse(Files.exists(dir.resolve("out/dif.csv")));
        List<String> personFit = Files.readAllLines(dir.resolve("out/personfit.csv"));
        assertEquals("id,theta,lz,lz_star,infit,outfit,flag", personFit.get(0));
        PersonFitResults fit = PersonFit.fitByScale(bank, data, ScoringOptions.defaults(), PersonFitOptions.defaults())
                .get("");
        assertEquals(301, personFit.size());
        for (int n = 0; n < 300; n++) {
            PersonFitResult f = fit.result(n);
            assertEquals(String.join(",", fit.examineeId(n), fixed(OptionalDouble.of(f.theta())), fixed(f.lz()),
                    fixed(f.lzStar()), fixed(f.infit()), fixed(f.outfit()), f.flag().code()), personFit.get(n + 1));
        }
        List<String> ld = Files.readAllLines(dir.resolve("out/ld.csv"));
        assertEquals("item1,item2,q3,ld_chi2,flag", ld.get(0));
        List<ItemPairDependence> pairs = LocalDependence.analyzeByScale(bank, data, ScoringOptions.defaults(),
                LocalDependenceOptions.defaults()).get("").pairs();
        assertEquals(8 * 7 / 2 + 1, ld.size());
        for (int k = 0; k < pairs.size(); k++) {
            ItemPairDependence p = pairs.get(k);
            assertEquals(String.join(",", p.item1(), p.item2(), fixed(p.q3()), fixed(p.ldChi2()), p.flag().code()),
                    ld.get(k + 1));
        }
    }

    @Test
    void comparesTwoGroupsForDifWithTheLibrarysResults() throws Exception {
        assertEquals(0, CliRunner.run("simulate", "--model", "2pl", "--n-items", "6", "--examinees", "400", "--seed",
                "8", "--out", dir.resolve("r.csv").toString(), "--bank-out", dir.resolve("items.csv").toString())
                .exitCode());
        ResponseMatrix data = ResponseCsv.read(dir.resolve("r.csv"));
        StringBuilder groups = new StringBuilder("id,group\n");
        Map<String, String> byId = new HashMap<>();
        for (int e = 0; e < data.examinees(); e++) {
            String group = e % 2 == 0 ? "L" : e % 7 == 0 ? "X" : "P";
            groups.append(data.examineeId(e)).append(',').append(group).append('\n');
            byId.put(data.examineeId(e), group);
        }
        Files.writeString(dir.resolve("g.csv"), groups.toString());
        CliRunner result = analyze("--groups", dir.resolve("g.csv").toString(), "--reference", "L", "--focal", "P");
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> dif = Files.readAllLines(dir.resolve("out/dif.csv"));
        assertEquals("item,n_reference,n_focal,mh_chi2,mh_p,mh_delta,ets_class,lr_uniform_chi2,lr_uniform_p,"
                + "lr_nonuniform_chi2,lr_nonuniform_p,lr_delta_r2,lr_class,irt_chi2,irt_df,irt_p,p_adjusted,reason", dif.get(0));
        assertEquals(7, dif.size());
        DifResult expected = DifAnalysis.withDefaults().run(data, ItemBankFiles.readCsv(dir.resolve("items.csv")),
                DifGroups.of(data, byId, "L", "P"));
        for (int i = 0; i < 6; i++) {
            ItemDif item = expected.items().get(i);
            String[] cells = dif.get(i + 1).split(",", -1);
            assertEquals(item.itemId(), cells[0]);
            assertEquals(Integer.toString(item.nReference()), cells[1]);
            assertEquals(Integer.toString(item.nFocal()), cells[2]);
            assertEquals(fixed(OptionalDouble.of(item.mantelHaenszel().orElseThrow().chiSquare())), cells[3]);
            assertEquals(item.mantelHaenszel().orElseThrow().etsClass().name(), cells[6]);
            assertEquals(item.logistic().orElseThrow().jodoinGierlClass().name(), cells[12]);
            assertEquals(fixed(OptionalDouble.of(item.irt().orElseThrow().chiSquare())), cells[13]);
            assertEquals(fixed(item.pAdjusted()), cells[16]);
        }
    }

    @Test
    void groupsAreCheckedWithTheirPlace() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "id,S1,S2\np1,1,0\np2,1,1\np3,0,0\n");
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1\nS1,2pl,1,0\nS2,2pl,1,0\n");
        Files.writeString(dir.resolve("g.csv"), "id,group\np1,L\np2,P\np9,P\n");
        assertEquals(ExitCodes.USAGE, analyze("--groups", dir.resolve("g.csv").toString(), "--reference", "L").exitCode());
        assertEquals(ExitCodes.USAGE, analyze("--groups", dir.resolve("g.csv").toString(), "--reference", "L",
                "--focal", "L").exitCode());
        CliRunner unknown = analyze("--groups", dir.resolve("g.csv").toString(), "--reference", "L", "--focal", "P");
        assertEquals(ExitCodes.DATA, unknown.exitCode());
        assertTrue(unknown.err().contains("g.csv, line 4, column 1") && unknown.err().contains("'p9'"), unknown.err());
        Files.writeString(dir.resolve("g.csv"), "id,group\np1,L\np2,P\n");
        CliRunner missing = analyze("--groups", dir.resolve("g.csv").toString(), "--reference", "L", "--focal", "P");
        assertEquals(ExitCodes.DATA, missing.exitCode());
        assertTrue(missing.err().contains("'p3'") && missing.err().contains("no row"), missing.err());
        assertFalse(Files.exists(dir.resolve("out/ctt.csv")));
    }

    @Test
    void analysesEachScaleAndTheOptionsOfKeyedItems() throws Exception {
        Files.writeString(dir.resolve("key.csv"), "item,option,score\nS1,A,2\nS1,B,1\nS1,C,0\nS2,A,1\nS2,B,0\n");
        Files.writeString(dir.resolve("raw.csv"), "id,S1,S2\np1,A,A\np2,B,A\np3,B,A\np4,A,B\n");
        assertEquals(0, CliRunner.run("key", "--raw", dir.resolve("raw.csv").toString(), "--key",
                dir.resolve("key.csv").toString(), "--out", dir.resolve("keyed.csv").toString()).exitCode());
        Files.writeString(dir.resolve("r.csv"), "id,S1,S2,X1,Y1,Y2\np1,2,1,1,1,0\np2,1,1,1,0,0\np3,1,1,0,1,1\n"
                + "p4,2,0,0,0,1\n");
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1,b2,scale\nS1,grm,1,-0.5,0.5,M1\n"
                + "S2,2pl,1,0,,M1\nX1,2pl,1.2,0.3,,M1\nY1,2pl,1,0,,M2\nY2,2pl,0.8,0.5,,M2\n");
        CliRunner result = analyze("--raw", dir.resolve("raw.csv").toString(), "--key", dir.resolve("key.csv").toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> ctt = Files.readAllLines(dir.resolve("out/ctt.csv"));
        assertEquals("scale,item,n,mean,sd,item_rest_r,alpha_if_deleted", ctt.get(0));
        assertTrue(ctt.get(1).startsWith("M1,S1,4,1.500000,"), ctt.get(1));
        assertTrue(ctt.get(4).startsWith("M2,Y1,4,0.500000,"), ctt.get(4));
        List<String> reliability = Files.readAllLines(dir.resolve("out/reliability.csv"));
        assertEquals(3, reliability.size());
        assertTrue(reliability.get(1).startsWith("M1,4,") && reliability.get(2).startsWith("M2,4,"), reliability.toString());
        List<String> options = Files.readAllLines(dir.resolve("out/options.csv"));
        assertEquals("scale,item,option,score,n,proportion,mean_rest,point_biserial,flag", options.get(0));
        // S1: rest (S2 + X1) of p1..p4 is 2, 2, 1, 0; A (2 points) was chosen by rest 2 and 0, B by 2 and 1
        assertEquals("M1,S1,A,2,2,0.500000,1.000000,-0.301511,REVERSED", options.get(1));
        assertEquals("M1,S1,B,1,2,0.500000,1.500000,0.301511,", options.get(2));
        assertEquals("M1,S1,C,0,0,0.000000,,,", options.get(3));
        assertEquals(6, options.size());
    }

    @Test
    void badCombinationsAndDisagreementsAreRefusedWithoutOutput() throws Exception {
        Files.writeString(dir.resolve("key.csv"), "item,option,score\nS1,A,1\nS1,B,0\n");
        Files.writeString(dir.resolve("raw.csv"), "id,S1\np1,A\np2,B\n");
        Files.writeString(dir.resolve("r.csv"), "id,S1,S2\np1,1,0\np2,1,1\n");
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1\nS1,2pl,1,0\nS2,2pl,1,0\n");
        assertEquals(ExitCodes.USAGE, analyze("--raw", dir.resolve("raw.csv").toString()).exitCode());
        CliRunner disagree = analyze("--raw", dir.resolve("raw.csv").toString(), "--key", dir.resolve("key.csv").toString());
        assertEquals(ExitCodes.DATA, disagree.exitCode());
        assertTrue(disagree.err().contains("examinee 'p2', item S1"), disagree.err());
        assertFalse(Files.exists(dir.resolve("out/ctt.csv")));
        Files.writeString(dir.resolve("file"), "x");
        CliRunner file = CliRunner.run("analyze", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--out", dir.resolve("file").toString());
        assertEquals(ExitCodes.USAGE, file.exitCode());
        CliRunner over = CliRunner.run("analyze", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("ctt.csv").toString(), "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, over.exitCode(), over.err());
    }
}

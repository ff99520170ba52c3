package io.github.cact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQualityTest {

    @TempDir
    Path dir;

    private CliRunner report() {
        return CliRunner.run("report", "--analysis", dir.resolve("a").toString(), "--out", dir.resolve("r.html").toString());
    }

    @Test
    void theSectionShowsReliabilitiesFlaggedItemsAndTheirReasons() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/reliability.csv"), "scale,n_complete,alpha,alpha_lower,alpha_upper,"
                + "empirical_rxx,marginal_rxx\nM1,300,0.712000,0.660000,0.757000,0.690000,0.701000\n");
        Files.writeString(dir.resolve("a/ctt.csv"), "scale,item,n,mean,sd,item_rest_r,alpha_if_deleted\n"
                + "M1,Q1,300,0.5,0.5,0.412000,0.650000\nM1,Q2,300,0.6,0.49,0.080000,0.730000\nM1,Q3,2,1,0,,\n");
        Files.writeString(dir.resolve("a/options.csv"), "scale,item,option,score,n,proportion,mean_rest,"
                + "point_biserial,flag\nM1,Q1,A,1,10,0.5,2,0.3,\nM1,Q1,B,2,10,0.5,1,-0.3,REVERSED\n");
        CliRunner result = report();
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("Kualitas tes"), "section title");
        assertTrue(html.contains("id=\"reliability-table\"") && html.contains("0.712") && html.contains("0.660–0.757"), html);
        assertTrue(html.contains("id=\"flagged-count\">3<"), "Q2 twice (low r, α rises), Q1 once (option B)");
        assertTrue(html.contains("item–rest correlation 0.08 below 0.20"));
        assertTrue(html.contains("α rises from 0.71 to 0.73 without it"));
        assertTrue(html.contains("option B is keyed higher"));
        assertFalse(html.contains("id=\"dif-table\""));
    }

    @Test
    void difPersonFitAndLocalDependenceAppearWhenTheirFilesDo() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/reliability.csv"), "scale,n_complete,alpha,alpha_lower,alpha_upper,"
                + "empirical_rxx,marginal_rxx\n,3,,,,,0.5\n");
        Files.writeString(dir.resolve("a/ctt.csv"), "item,n,mean,sd,item_rest_r,alpha_if_deleted\nQ1,3,0.5,0.5,0.3,\n");
        Files.writeString(dir.resolve("a/dif.csv"), "item,n_reference,n_focal,mh_chi2,mh_p,mh_delta,ets_class,"
                + "lr_uniform_chi2,lr_uniform_p,lr_nonuniform_chi2,lr_nonuniform_p,lr_delta_r2,lr_class,irt_chi2,irt_df,"
                + "irt_p,p_adjusted\nQ1,100,100,9.1,0.002,-1.7,C,8.0,0.004,0.1,0.7,0.04,B,9.0,2,0.011,0.004\n");
        Files.writeString(dir.resolve("a/personfit.csv"), "id,theta,lz,lz_star,infit,outfit,flag\n"
                + "p1,0.1,0.2,0.2,1,1,fits\np2,-1,-3.1,-3,1.8,2.2,misfit\np3,0,,,,,too_few_responses\np4,1,9,9,1,1,fits\n");
        Files.writeString(dir.resolve("a/ld.csv"), "item1,item2,q3,ld_chi2,flag\nQ1,Q2,0.31,12.5,q3+ld_chi2\nQ1,Q3,0.01,0.2,none\n");
        CliRunner result = report();
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("id=\"dif-table\"") && html.contains("DIF class C"), html);
        assertTrue(html.contains("id=\"aberrant-count\">1 / 3<"), html);
        assertTrue(html.contains("lz* ≥ 2.5: 1"), "an lz of 9 falls in the last, open bin");
        assertTrue(html.contains("id=\"ld-table\"") && html.contains("0.310") && !html.contains("0.010"), html);
    }

    @Test
    void readsWhatAnalyzeWrites() throws Exception {
        Files.writeString(dir.resolve("items.csv"), "item,model,a,b1,scale\n" + "A1,2pl,1.2,-1,M1\nA2,2pl,1,0,M1\n"
                + "A3,2pl,0.8,1,M1\nB1,2pl,1,-0.5,M2\nB2,2pl,1.1,0.5,M2\nB3,2pl,0.9,0,M2\n");
        assertEquals(0, CliRunner.run("simulate", "--items", dir.resolve("items.csv").toString(), "--examinees", "200",
                "--seed", "3", "--out", dir.resolve("r.csv").toString()).exitCode());
        CliRunner analyze = CliRunner.run("analyze", "--responses", dir.resolve("r.csv").toString(), "--items",
                dir.resolve("items.csv").toString(), "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.OK, analyze.exitCode(), analyze.err());
        CliRunner result = report();
        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        String html = Files.readString(dir.resolve("r.html"));
        assertTrue(html.contains("id=\"reliability-table\"") && html.contains("id=\"flagged-count\""), html);
        assertTrue(html.contains("personfit-chart"), "the person-fit histogram is drawn");
    }

    @Test
    void aMissingDirectoryIsAnEnvironmentErrorAndABadCellADataError() throws Exception {
        assertEquals(ExitCodes.ENVIRONMENT, report().exitCode());
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/reliability.csv"), "scale,n_complete,alpha,alpha_lower,alpha_upper,"
                + "empirical_rxx,marginal_rxx\nM1,many,0.7,0.6,0.8,0.7,0.7\n");
        Files.writeString(dir.resolve("a/ctt.csv"), "item,n,mean,sd,item_rest_r,alpha_if_deleted\n");
        CliRunner bad = report();
        assertEquals(ExitCodes.DATA, bad.exitCode());
        assertTrue(bad.err().contains("reliability.csv, line 2, column 2"), bad.err());
        assertFalse(Files.exists(dir.resolve("r.html")));
    }
}

package io.github.cact.cli;

import io.github.cact.competency.CompetencyAssessment;
import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.CompetencyResult;
import io.github.cact.competency.JobPersonMatch;
import io.github.cact.competency.PersonProfile;
import io.github.cact.competency.PositionStandard;
import io.github.cact.data.DataFormatException;
import io.github.cact.data.ResponseMatrix;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.GradedResponseItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.ItemModel;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.mirt.MultidimensionalBank;
import io.github.cact.mirt.MultidimensionalItem;
import io.github.cact.mirt.scoring.MirtProfiler;
import io.github.cact.mirt.scoring.MirtScorer;
import io.github.cact.personfit.PersonFit;
import io.github.cact.personfit.PersonFitFlag;
import io.github.cact.personfit.PersonFitOptions;
import io.github.cact.scoring.AbilityEstimate;
import io.github.cact.scoring.ScoreStatus;
import io.github.cact.scoring.ScoringOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cact profile} on a multidimensional bank whose factors are the framework's competencies
 * (docs/mirt-files.md): θ, SE, the level probabilities, P(level ≥ standard) and the JPM distribution come
 * from each person's posterior in all dimensions ({@link MirtProfiler}); the rows and columns are those of
 * the unidimensional profile. The person fit of a competency is that of the answers to the items loading on
 * it alone, at its multidimensional EAP θ; {@code --summed-cuts} maps a competency's summed scores through
 * the test characteristic curve of those items, and needs every item on one factor.
 *
 * @param responses the responses
 * @param items the items file
 * @param latent the {@code --latent} option, or null for the file beside the items
 * @param cuts the cut scores file, or null for the defaults
 * @param summedCuts whether the cuts are summed scores
 * @param jpm the JPM rule
 * @param out the output
 */
record MultidimensionalProfile(Path responses, Path items, Path latent, Path cuts, boolean summedCuts,
        JobPersonMatch jpm, Path out) {

    /**
     * Profiles everyone against a standard and writes the rows, all or none.
     *
     * @param framework the competencies
     * @param frameworkSource where the framework comes from, for messages
     * @param standard the position's standard
     * @return {@link ExitCodes#OK}
     * @throws IOException if a file cannot be read or written
     */
    int run(CompetencyFramework framework, String frameworkSource, PositionStandard standard) throws IOException {
        Path latentFile = MultidimensionalBankInput.checkLatent(items, latent, new FileOptions().output("--out", out));
        MultidimensionalBank bank = MultidimensionalBankInput.read(items, latentFile);
        checkFactors(bank, framework, frameworkSource, latentFile);
        if (summedCuts && !bank.isSimpleStructure()) {
            throw new UsageException("--summed-cuts needs every item of " + items.getFileName() + " on one factor;"
                    + " a competency's summed score has no test characteristic curve in its θ alone otherwise");
        }
        ResponseMatrix data = MultidimensionalBankInput.responses(responses, "--responses", bank,
                String.valueOf(items.getFileName()));
        ItemBank ownItems = singleFactorItems(bank);
        CompetencyAssessment assessment = CompetencyAssessment.of(framework,
                CutScoresFile.read(cuts, framework, ownItems, summedCuts), jpm);
        List<PersonProfile> profiles = MirtProfiler.of(MirtScorer.of(bank), assessment).profile(data, standard);
        List<String> codes = bank.factors();
        List<PersonFit> fits = new ArrayList<>();
        List<int[]> columns = new ArrayList<>();
        for (String code : codes) {
            ItemBank own = ownItems != null && ownItems.scales().contains(code) ? ownItems.forScale(code) : null;
            fits.add(own == null ? null : PersonFit.of(own, ScoringOptions.defaults(), PersonFitOptions.defaults()));
            int[] column = new int[own == null ? 0 : own.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = data.itemIndex(own.item(i).id());
            }
            columns.add(column);
        }
        try (Outputs outputs = new Outputs()) {
            CsvOutput csv = outputs.csv(out, ProfileCommand.header());
            for (int n = 0; n < profiles.size(); n++) {
                PersonProfile person = profiles.get(n);
                for (CompetencyResult result : person.competencies()) {
                    int f = codes.indexOf(result.competency());
                    csv.row(ProfileCommand.row(person, result, personFit(fits.get(f), columns.get(f), data, n, result)));
                }
            }
            outputs.commit();
        }
        return ExitCodes.OK;
    }

    /** Every factor must be a competency of the framework and every competency a factor, located in the latent file. */
    private static void checkFactors(MultidimensionalBank bank, CompetencyFramework framework, String frameworkSource,
            Path latentFile) {
        List<String> factors = bank.factors();
        String source = String.valueOf(latentFile.getFileName());
        for (int f = 0; f < factors.size(); f++) {
            if (!framework.contains(factors.get(f))) {
                throw new DataFormatException(source, 1, f + 2, "factor '" + factors.get(f) + "' is not a competency;"
                        + " expected one of " + framework.codes() + " (" + frameworkSource + ")");
            }
        }
        for (String code : framework.codes()) {
            if (!factors.contains(code)) {
                throw new DataFormatException(source, 1, 0, "competency '" + code + "' of " + frameworkSource
                        + " is not a factor " + factors + "; every competency needs a factor");
            }
        }
    }

    /**
     * The items that load on one factor, as unidimensional items of that factor's scale: the item's model
     * with the slope on its factor (P(x | θ) depends on θ_f alone); null if there is none.
     */
    static ItemBank singleFactorItems(MultidimensionalBank bank) {
        List<Item> items = new ArrayList<>();
        for (MultidimensionalItem item : bank.items()) {
            int[] loadings = item.loadings();
            if (loadings.length == 1) {
                items.add(Item.of(item.id(), onItsFactor(item, item.slope(loadings[0])),
                        bank.factors().get(loadings[0])));
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return ItemBank.of(items);
    }

    private static ItemModel onItsFactor(MultidimensionalItem item, double a) {
        double[] d = item.intercepts();
        return switch (item.type()) {
            case RASCH, ONE_PL, TWO_PL, THREE_PL, FOUR_PL -> DichotomousItem.of(item.type(), a, d[0], item.guessing(),
                    item.upper());
            case GRM -> GradedResponseItem.of(a, d);
            case GPCM -> PartialCreditItem.gpcm(a, d);
            case PCM -> PartialCreditItem.pcm(d);
        };
    }

    /** The person-fit flag of one person's answers to a competency's own items at its θ. */
    private static String personFit(PersonFit fit, int[] columns, ResponseMatrix data, int n, CompetencyResult result) {
        if (fit == null) {
            return PersonFitFlag.TOO_FEW_RESPONSES.code();
        }
        int[] pattern = new int[columns.length];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = columns[i] < 0 ? ResponseMatrix.MISSING : data.response(n, columns[i]);
        }
        return fit.fit(pattern, new AbilityEstimate(result.theta(), Math.max(result.se(), Double.MIN_NORMAL),
                ScoreStatus.OK)).flag().code();
    }
}

package io.github.cact.cli.demo;

import io.github.cact.competency.CompetencyFramework;
import io.github.cact.competency.StandardProfile;
import io.github.cact.irt.DichotomousItem;
import io.github.cact.irt.Item;
import io.github.cact.irt.ItemBank;
import io.github.cact.irt.PartialCreditItem;
import io.github.cact.ninebox.SkpRating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic cohort like the officials of one city government assessed in a CACT round: 1,015 people
 * in four tiers (JPT Pratama, Administrator, Pengawas, Pelaksana) and eight work units, with true
 * abilities on the nine competencies and the eight potential aspects, SKP ratings, qualification and
 * integrity scores, and the "true" item banks that generate their answers: 9 competencies × 12
 * situational-judgement items (GPCM, four options weighted 0–3) and 8 potential aspects × 8 right/wrong
 * items (2PL). Names are synthetic. Everything follows from the seed.
 *
 * <p>The model (docs/demo.md): within a tier, competency θ_c = μ_tier + λ·g + √(1−λ²)·e_c with λ = 0.8, so
 * that two competencies correlate 0.64 within a tier and about 0.7 over the whole cohort; each
 * competency's scenarios have their own difficulty ({@link #COMPETENCY_DIFFICULTY}); the potential
 * aspects load 0.5 on g, and the SKP performance 0.45, so that performance and potential correlate
 * moderately.
 */
public final class DemoCohort {

    /** The tiers, their sizes and the mean of their true abilities. */
    static final String[] TIERS = {StandardProfile.JPT_PRATAMA, StandardProfile.ADMINISTRATOR,
        StandardProfile.PENGAWAS, StandardProfile.PELAKSANA};
    static final int[] TIER_SIZES = {15, 80, 240, 680};
    private static final double[] TIER_MEANS = {1.6, 1.0, 0.3, -0.5};
    private static final double[] QUALIFICATION_MEANS = {75, 60, 45, 28};

    /** Loading of every competency on the general factor g. */
    private static final double GENERAL_LOADING = 0.8;

    /**
     * Mean location of each competency's scenarios, in the framework's order M1..M8, SK1: integrity and
     * public service are the easiest to show, managing change and decision making the hardest.
     */
    static final double[] COMPETENCY_DIFFICULTY = {-0.5, -0.25, 0.0, 0.1, -0.35, 0.2, 0.35, 0.3, -0.1};

    static final String[] UNITS = {"Sekretariat Daerah", "Dinas Pendidikan", "Dinas Kesehatan",
        "Dinas Pekerjaan Umum", "Badan Keuangan Daerah", "Dinas Kependudukan dan Pencatatan Sipil",
        "Kecamatan Utara", "Kecamatan Selatan"};
    private static final String[] GIVEN = {"Budi", "Siti", "Agus", "Dewi", "Rudi", "Ani", "Hendra", "Rina", "Joko",
        "Sri", "Andi", "Wati", "Bambang", "Yuni", "Dedi", "Lestari", "Eko", "Fitri", "Hadi", "Indah", "Teguh",
        "Nur", "Wahyu", "Ratna", "Arif", "Maya", "Iwan", "Putri", "Yusuf", "Ayu"};
    private static final String[] FAMILY = {"Santoso", "Wijaya", "Saputra", "Hidayat", "Pratama", "Kusuma",
        "Nugroho", "Siregar", "Lubis", "Harahap", "Setiawan", "Purnomo", "Rahman", "Halim", "Simanjuntak",
        "Gunawan", "Susanto", "Wibowo", "Hasibuan", "Nasution"};

    /** Items per competency and per potential aspect. */
    static final int COMPETENCY_ITEMS = 12;
    static final int POTENTIAL_ITEMS = 8;

    /** One official. */
    public record Person(String id, String name, String unit, String position, double[] competencyTheta,
            double[] potentialTheta, SkpRating hasilKerja, SkpRating perilakuKerja, double qualification,
            double integrity) {

        /** Copies the arrays so that the record stays immutable. */
        public Person {
            competencyTheta = competencyTheta.clone();
            potentialTheta = potentialTheta.clone();
        }

        @Override
        public double[] competencyTheta() {
            return competencyTheta.clone();
        }

        @Override
        public double[] potentialTheta() {
            return potentialTheta.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Person p && id.equals(p.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return "Person[" + id + "]";
        }
    }

    private final List<Person> people;
    private final ItemBank competencyBank;
    private final ItemBank potentialBank;

    private DemoCohort(List<Person> people, ItemBank competencyBank, ItemBank potentialBank) {
        this.people = people;
        this.competencyBank = competencyBank;
        this.potentialBank = potentialBank;
    }

    /**
     * Generates the cohort.
     *
     * @param seed the random seed
     * @return the cohort
     */
    public static DemoCohort generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CompetencyFramework competencies = CompetencyFramework.permenPanRb38();
        CompetencyFramework aspects = CompetencyFramework.potentialAspects();
        List<Person> people = new ArrayList<>();
        int serial = 0;
        for (int t = 0; t < TIERS.length; t++) {
            for (int k = 0; k < TIER_SIZES[t]; k++) {
                serial++;
                double general = random.nextGaussian();
                double[] competency = new double[competencies.codes().size()];
                double unique = Math.sqrt(1 - GENERAL_LOADING * GENERAL_LOADING);
                for (int c = 0; c < competency.length; c++) {
                    competency[c] = TIER_MEANS[t] + GENERAL_LOADING * general + unique * random.nextGaussian();
                }
                double potentialFactor = 0.5 * general + 0.87 * random.nextGaussian();
                double[] potential = new double[aspects.codes().size()];
                for (int a = 0; a < potential.length; a++) {
                    potential[a] = TIER_MEANS[t] + 0.8 * potentialFactor + 0.6 * random.nextGaussian();
                }
                double performance = 0.45 * general + 0.89 * random.nextGaussian();
                SkpRating hasil = rating(performance + 0.5 * random.nextGaussian());
                SkpRating perilaku = rating(performance + 0.5 * random.nextGaussian());
                double qualification = clamp(QUALIFICATION_MEANS[t] + 12 * random.nextGaussian());
                double integrity = clamp(66 + 5 * general + 10 * random.nextGaussian());
                String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                String unit = t == 0 ? UNITS[k % UNITS.length] : UNITS[random.nextInt(UNITS.length)];
                people.add(new Person(String.format(Locale.ROOT, "ASN%04d", serial), name, unit, TIERS[t], competency,
                        potential, hasil, perilaku, round1(qualification), round1(integrity)));
            }
        }
        return new DemoCohort(List.copyOf(people), competencyBank(competencies, random), potentialBank(aspects, random));
    }

    private static SkpRating rating(double latent) {
        return latent < -1.3 ? SkpRating.DI_BAWAH : latent > 1.0 ? SkpRating.DI_ATAS : SkpRating.SESUAI;
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static ItemBank competencyBank(CompetencyFramework framework, SplittableRandom random) {
        List<Item> items = new ArrayList<>();
        List<String> codes = framework.codes();
        for (int c = 0; c < codes.size(); c++) {
            String code = codes.get(c);
            for (int i = 1; i <= COMPETENCY_ITEMS; i++) {
                double a = Math.exp(0.25 * random.nextGaussian()) * 0.9;
                double location = COMPETENCY_DIFFICULTY[c] + 0.9 * random.nextGaussian();
                double[] steps = {location - 1.2 + 0.3 * random.nextGaussian(), location + 0.3 * random.nextGaussian(),
                    location + 1.2 + 0.3 * random.nextGaussian()};
                Arrays.sort(steps);
                items.add(Item.of(String.format(Locale.ROOT, "%s_%02d", code, i), PartialCreditItem.gpcmOfIrt(a, steps),
                        code));
            }
        }
        return ItemBank.of(items);
    }

    private static ItemBank potentialBank(CompetencyFramework framework, SplittableRandom random) {
        List<Item> items = new ArrayList<>();
        for (String code : framework.codes()) {
            for (int i = 1; i <= POTENTIAL_ITEMS; i++) {
                double a = Math.exp(0.3 * random.nextGaussian()) * 1.1;
                double b = -0.2 + random.nextGaussian();
                items.add(Item.of(String.format(Locale.ROOT, "%s_%02d", code, i), DichotomousItem.twoPl(a, b), code));
            }
        }
        return ItemBank.of(items);
    }

    /**
     * The city's position standards: the common levels (Pelaksana 1, Pengawas 2, Administrator 3, JPT 4),
     * with the competencies each rank is held to more strictly or more leniently: supervisors and
     * administrators one level up on integrity (M1), supervisors also on public service (M5),
     * administrators one level down on managing change (M7), JPT Pratama one level down on public service
     * and national unity (M5, SK1), JPT Madya one level up on integrity and decision making (M1, M8).
     *
     * @param framework the PermenPANRB 38/2017 framework
     * @return the profile named {@code "Pemerintah Kota Contoh"}
     */
    public static StandardProfile standards(CompetencyFramework framework) {
        StandardProfile common = StandardProfile.common(framework);
        return StandardProfile.of("Pemerintah Kota Contoh", framework, common.standards())
                .withLevel(StandardProfile.PENGAWAS, "M1", 3).withLevel(StandardProfile.PENGAWAS, "M5", 3)
                .withLevel(StandardProfile.ADMINISTRATOR, "M1", 4).withLevel(StandardProfile.ADMINISTRATOR, "M7", 2)
                .withLevel(StandardProfile.JPT_PRATAMA, "M5", 3).withLevel(StandardProfile.JPT_PRATAMA, "SK1", 3)
                .withLevel(StandardProfile.JPT_MADYA, "M1", 5).withLevel(StandardProfile.JPT_MADYA, "M8", 5);
    }

    /**
     * Returns the officials, by tier then serial number.
     *
     * @return the people
     */
    public List<Person> people() {
        return people;
    }

    /**
     * Returns the bank that generates the competency answers.
     *
     * @return 108 GPCM items, scale = competency code
     */
    public ItemBank competencyBank() {
        return competencyBank;
    }

    /**
     * Returns the bank that generates the potential answers.
     *
     * @return 64 2PL items, scale = aspect code
     */
    public ItemBank potentialBank() {
        return potentialBank;
    }
}

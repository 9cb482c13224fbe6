package org.benling.personnel.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.benling.contracts.personnel.Gender;

/**
 * Composes realistic Chinese personal names: a surname drawn by frequency weight ({@code demo/surnames.tsv}) and a
 * gender-appropriate given name of one or two characters ({@code demo/given-name-chars.tsv}). Names already handed
 * out are avoided where a few retries find a fresh one.
 */
final class ChineseNames {

    private static final int MAX_RETRIES = 20;

    private final List<String> surnames;
    private final int[] cumulativeWeights;
    private final String maleChars;
    private final String femaleChars;
    private final String commonChars;
    private final Set<String> used = new HashSet<>();

    private ChineseNames(List<String> surnames, int[] cumulativeWeights, String maleChars, String femaleChars,
            String commonChars) {
        this.surnames = surnames;
        this.cumulativeWeights = cumulativeWeights;
        this.maleChars = maleChars;
        this.femaleChars = femaleChars;
        this.commonChars = commonChars;
    }

    static ChineseNames load() {
        List<String[]> rows = DemoResources.readTsv("surnames.tsv");
        List<String> surnames = new ArrayList<>(rows.size());
        int[] cumulative = new int[rows.size()];
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            surnames.add(rows.get(i)[0]);
            total += Integer.parseInt(DemoResources.column(rows.get(i), 1));
            cumulative[i] = total;
        }
        String male = null;
        String female = null;
        String common = null;
        for (String[] row : DemoResources.readTsv("given-name-chars.tsv")) {
            switch (row[0]) {
                case "MALE" -> male = DemoResources.column(row, 1);
                case "FEMALE" -> female = DemoResources.column(row, 1);
                case "COMMON" -> common = DemoResources.column(row, 1);
                default -> throw new IllegalStateException("given-name-chars.tsv: unknown pool " + row[0]);
            }
        }
        if (surnames.isEmpty() || male == null || female == null || common == null) {
            throw new IllegalStateException("incomplete name resources");
        }
        return new ChineseNames(surnames, cumulative, male, female, common);
    }

    /** Marks a fixed name as taken so that generated names avoid it. */
    void reserve(String name) {
        used.add(name);
    }

    /**
     * A new name for a person of the given gender. People born before 1975 get single-character given names
     * somewhat more often, as was common for that generation.
     */
    String next(Gender gender, int birthYear, Random random) {
        String name = compose(gender, birthYear, random);
        for (int attempt = 0; attempt < MAX_RETRIES && used.contains(name); attempt++) {
            name = compose(gender, birthYear, random);
        }
        used.add(name);
        return name;
    }

    private String compose(Gender gender, int birthYear, Random random) {
        String surname = surname(random);
        String gendered = gender == Gender.MALE ? maleChars : femaleChars;
        double singleRate = birthYear < 1975 ? 0.30 : 0.15;
        if (random.nextDouble() < singleRate) {
            return surname + pick(gendered, random);
        }
        String first = pick(random.nextBoolean() ? commonChars : gendered, random);
        String second = pick(gendered, random);
        while (second.equals(first) || surname.endsWith(second)) {
            second = pick(gendered, random);
        }
        return surname + first + second;
    }

    private String surname(Random random) {
        int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (roll < cumulativeWeights[i]) {
                return surnames.get(i);
            }
        }
        throw new AssertionError();
    }

    /** One character (code point) of the pool. */
    private static String pick(String pool, Random random) {
        int count = pool.codePointCount(0, pool.length());
        int offset = pool.offsetByCodePoints(0, random.nextInt(count));
        return new String(Character.toChars(pool.codePointAt(offset)));
    }
}

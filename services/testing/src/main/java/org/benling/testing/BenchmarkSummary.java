package org.benling.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines a benchmark adds to the table {@code ./benling bench} prints and writes to docs/benchmarks.md: each
 * figure beside its reference measured in the same run, the ratio, and the goal of issue 16. A benchmark writes its
 * lines to {@code target/benchmarks/<name>.summary.tsv} (tab-separated: what, figure, reference, ratio, goal), and
 * the launcher joins the files of every module into one table.
 */
public final class BenchmarkSummary {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    public BenchmarkSummary(String name) {
        this.name = name;
    }

    /** One line; {@code ratio} is figure ÷ reference as the benchmark defines it (say which in {@code what}). */
    public BenchmarkSummary add(String what, String figure, String reference, double ratio, String goal) {
        lines.add(String.join("\t", clean(what), clean(figure), clean(reference),
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio), clean(goal)));
        return this;
    }

    public void write() {
        Path out = Path.of("target", "benchmarks", name + ".summary.tsv");
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Milliseconds with a thousands separator, as the tables write them. */
    public static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f ms", millis) : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ');
    }
}

package org.benling.personnel.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated resources under {@code /demo/}. */
final class DemoResources {

    private DemoResources() {
    }

    /**
     * Returns the data rows of a UTF-8 TSV resource: blank lines, lines starting with {@code #} and the header (the
     * first remaining line) are skipped. Trailing empty columns may be missing from a row.
     */
    static List<String[]> readTsv(String fileName) {
        String path = "/demo/" + fileName;
        InputStream in = DemoResources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing demo resource " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerSeen = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                String[] columns = line.split("\t", -1);
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].strip();
                }
                rows.add(columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + path, e);
        }
        return rows;
    }

    /** Column {@code index} of {@code row}, or the empty string when the row is shorter. */
    static String column(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }
}

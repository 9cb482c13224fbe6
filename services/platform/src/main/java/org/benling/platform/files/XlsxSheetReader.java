package org.benling.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.benling.platform.problem.Problem.Violation;
import org.benling.platform.problem.ProblemException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded xlsx as text, streaming: POI's SAX reader ({@code XSSFReader}) parses the
 * sheet's XML row by row, so neither the workbook nor the sheet is ever held in memory, and it stops at the
 * first limit it meets:
 * <ul>
 * <li>the file's size ({@link Limits#maxBytes}, checked before the zip is opened; the HTTP layer refuses larger
 * bodies with 413 before reading them);</li>
 * <li>the inflate ratio and the uncompressed size of each part (POI's {@link ZipSecureFile}: a zip bomb fails on
 * its first megabyte, not after filling the disk or the heap);</li>
 * <li>the number of non-blank data rows, and the length of a cell (an overlong cell is reported on its row,
 * not stored).</li>
 * </ul>
 * A formula cell is read as its cached value, the result the spreadsheet showed the user; its formula text is
 * never taken. Date cells come back as ISO dates ({@code 2020-01-31}), other numbers as the spreadsheet
 * formats them.
 */
public final class XlsxSheetReader {

    /** Explicit bounds for one upload. */
    public record Limits(long maxBytes, int maxRows, int maxCellLength, double minInflateRatio, long maxPartBytes) {

        /** Defaults for spreadsheets a person fills in: 10 MB, POI's 1 % inflate ratio, 100 MB per part. */
        public static Limits of(int maxRows) {
            return new Limits(10L * 1024 * 1024, maxRows, 1000, 0.01, 100L * 1024 * 1024);
        }
    }

    /** One row: its number as the spreadsheet shows it (1-based), its cells by column index, overlong cells. */
    public record SheetRow(int number, Map<Integer, String> cells, Set<Integer> overlong) {

        public boolean isBlank() {
            return overlong.isEmpty() && cells.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** The first sheet: its first row (the header) and the data rows after it, blank rows left out. */
    public record Sheet(SheetRow header, List<SheetRow> rows) {
    }

    public static Sheet firstSheet(Path file, Limits limits) {
        try {
            if (Files.size(file) > limits.maxBytes()) {
                throw ProblemException.invalidField("file", "the file is larger than " + limits.maxBytes() / (1024 * 1024)
                        + " MB; split it into several files");
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
        Collector collector = new Collector(limits);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ProblemException.invalidField("file", "the workbook has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            if (causedBy(e, TooManyRows.class) != null) {
                throw ProblemException.invalid("the sheet has more than " + limits.maxRows()
                        + " rows; split it into several files", List.of(new Violation("file", "more than "
                        + limits.maxRows() + " rows")));
            }
            throw unreadable(e);
        }
        return new Sheet(collector.header, collector.rows);
    }

    private static ProblemException unreadable(Exception e) {
        boolean bomb = false;
        for (Throwable t = e; t != null && !bomb; t = t.getCause()) {
            bomb = String.valueOf(t.getMessage()).contains("Zip bomb");
        }
        if (bomb) {
            return ProblemException.invalid("the file expands far beyond its size (a zip bomb?) and was not read",
                    List.of(new Violation("file", "refused: compression ratio or part size beyond the limits")));
        }
        return ProblemException.invalid("the file is not a readable .xlsx workbook (" + e.getClass().getSimpleName()
                + "); download the template and fill it in", List.of(new Violation("file", "not an xlsx workbook")));
    }

    private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /** Collects rows as the SAX handler reports them; stops the parse at the row limit. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Limits limits;
        private final List<SheetRow> rows = new ArrayList<>();
        private SheetRow header;
        private Map<Integer, String> cells;
        private Set<Integer> overlong;
        private int rowNumber;

        Collector(Limits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            cells = new HashMap<>();
            overlong = new HashSet<>();
        }

        @Override
        public void endRow(int rowNum) {
            SheetRow row = new SheetRow(rowNumber, Collections.unmodifiableMap(cells), Collections.unmodifiableSet(overlong));
            if (header == null) {
                header = row;
                return;
            }
            if (row.isBlank()) {
                return;
            }
            if (rows.size() == limits.maxRows()) {
                throw new TooManyRows();
            }
            rows.add(row);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            if (formattedValue != null && formattedValue.length() > limits.maxCellLength()) {
                overlong.add(column);
            } else {
                cells.put(column, formattedValue);
            }
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Formats date cells as ISO dates, whatever display format the sheet gave them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private XlsxSheetReader() {
    }
}

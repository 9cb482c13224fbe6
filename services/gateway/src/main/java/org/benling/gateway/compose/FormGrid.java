package org.benling.gateway.compose;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table laid out as printed forms are: a grid of fixed columns (widths in twentieths of a point), cells written
 * in 宋体 11 pt with their line breaks, labels centred, cells spanning columns or merged down rows. Also the A4 page
 * with 2 cm margins such forms are printed on.
 */
final class FormGrid {

    static final String FONT = "宋体";
    /** The width between A4's 2 cm margins, in twentieths of a point. */
    static final int A4_WIDTH = 9638;

    private final XWPFTable table;
    private final int[] columns;

    private FormGrid(XWPFTable table, int[] columns) {
        this.table = table;
        this.columns = columns;
    }

    /** A table of {@code rows} rows on the grid of {@code columns}, added to the document. */
    static FormGrid of(XWPFDocument doc, int rows, int[] columns) {
        XWPFTable table = fullWidth(doc, rows, columns.length);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < columns.length; c++) {
                row.getCell(c).setWidth(String.valueOf(columns[c]));
            }
        }
        return new FormGrid(table, columns);
    }

    /** A table across the page with {@code columns} equal columns, added to the document. */
    static XWPFTable fullWidth(XWPFDocument doc, int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth(A4_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        return table;
    }

    XWPFTable table() {
        return table;
    }

    /** The cells of a row, labels and values alike centred. */
    void fill(int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            write(table.getRow(row).getCell(c), texts[c], true);
        }
    }

    /** A label and one cell across the rest of the row, aligned left. */
    void wide(int row, String label, String value) {
        write(table.getRow(row).getCell(0), label, true);
        write(table.getRow(row).getCell(1), value, false);
        span(row, 1, columns.length - 1);
        table.getRow(row).getCell(1).getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.LEFT));
    }

    /**
     * Cell {@code from} of the row spans {@code count} grid columns; the cells it covers are removed (span right to
     * left, so that each call names the grid's own columns).
     */
    void span(int row, int from, int count) {
        XWPFTableCell cell = table.getRow(row).getCell(from);
        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(count));
        int width = 0;
        for (int c = from; c < from + count; c++) {
            width += columns[c];
        }
        cell.setWidth(String.valueOf(width));
        for (int i = 1; i < count; i++) {
            table.getRow(row).removeCell(from + 1);
        }
    }

    /** The cell in column {@code column} of rows {@code first}…{@code last} is one cell. */
    void mergeDown(int column, int first, int last) {
        for (int r = first; r <= last; r++) {
            merge(table.getRow(r).getCell(column), r == first);
        }
    }

    /** The last cell of rows {@code first}…{@code last} is one cell, whatever the rows' spans. */
    void mergeLastDown(int first, int last) {
        for (int r = first; r <= last; r++) {
            merge(table.getRow(r).getCell(table.getRow(r).getTableCells().size() - 1), r == first);
        }
    }

    /** Writes the text into the cell, one line per {@code \n}, vertically centred. */
    static void write(XWPFTableCell cell, String text, boolean centred) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    /** The document's page: A4 portrait, 2 cm margins. */
    static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        BigInteger twoCentimetres = BigInteger.valueOf(1134);
        margins.setTop(twoCentimetres);
        margins.setBottom(twoCentimetres);
        margins.setLeft(twoCentimetres);
        margins.setRight(twoCentimetres);
    }

    private static void merge(XWPFTableCell cell, boolean first) {
        properties(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}

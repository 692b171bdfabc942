package org.childinneed.policies.report;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.text.Printable;

/** A text table with aligned columns; colours are applied after padding so columns stay aligned. */
final class Table {

    /** One cell: its text and the ANSI attribute to show it in (empty for none). */
    record Cell(String text, String attribute) {
        /** The text with its control and invisible characters escaped, so a value cannot act on a terminal. */
        Cell {
            text = Printable.inline(text);
        }

        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    private final List<String> headings;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(String... headings) {
        this.headings = List.of(headings);
    }

    Table row(Cell... cells) {
        if (cells.length != headings.size()) {
            throw new IllegalArgumentException("expected " + headings.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    Table row(String... cells) {
        return row(java.util.Arrays.stream(cells).map(Cell::of).toArray(Cell[]::new));
    }

    /** The table, each line indented by {@code indent} and ending in a newline; the last column is not padded. */
    String render(String indent, Style style) {
        int[] widths = new int[headings.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headings.get(c).length();
            for (List<Cell> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).text().length());
            }
        }
        StringBuilder out = new StringBuilder();
        List<Cell> heading = headings.stream().map(h -> new Cell(h, Style.BOLD)).toList();
        line(out, indent, heading, widths, style);
        rows.forEach(row -> line(out, indent, row, widths, style));
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, List<Cell> cells, int[] widths, Style style) {
        out.append(indent);
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            boolean last = c == cells.size() - 1;
            String padded = last ? cell.text() : cell.text() + " ".repeat(widths[c] - cell.text().length());
            out.append(style.paint(cell.attribute(), padded));
            if (!last) {
                out.append("  ");
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }
}

package vn.sochibo.application.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a statistics table as a CSV file that Excel on a Vietnamese Windows opens with its words and numbers right
 * on a double click:
 * <ul>
 * <li>UTF-8 with a byte order mark: without it Excel reads the file in the system's ANSI code page (1258) and
 * Vietnamese letters come out garbled;</li>
 * <li>";" between fields: Excel splits a CSV by the "list separator" of the regional settings, which is ";" under
 * Vietnamese settings (where "," is the decimal symbol); a "sep=;" first line would force it but makes Excel ignore
 * the byte order mark;</li>
 * <li>a decimal comma ("91,7"), as the Vietnamese settings write numbers, so percentages stay numbers;</li>
 * <li>dates as dd/MM/yyyy, RFC 4180 quoting, CRLF line ends.</li>
 * </ul>
 * The same choices as the member import reads (docs/statistics.md).
 */
public final class StatisticsCsv {
    public static final char SEPARATOR = ';';
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StatFormat format;

    public StatisticsCsv(StatFormat format) {
        this.format = format;
    }

    /** The table's lines as written (without the byte order mark): the headings, the rows, the total row. */
    public List<String> lines(StatTable table) {
        List<String> lines = new ArrayList<>();
        lines.add(join(table.columnKeys().stream().map(format::heading).toList()));
        for (List<Object> row : table.rows()) {
            lines.add(join(row.stream().map(format::csv).toList()));
        }
        if (table.totalRow() != null) {
            lines.add(join(table.totalRow().stream().map(format::csv).toList()));
        }
        return lines;
    }

    public void write(StatTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : lines(table)) {
            w.write(line);
            w.write("\r\n");
        }
        w.flush();
    }

    /** Writes beside the target and moves it into place: an interrupted write never leaves half a file. */
    public void write(StatTable table, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, ".sochibo-csv-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(table, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The file name a table is offered under: "thong-ke-attendanceMembers-2026.csv". */
    public static String fileName(StatTable table, StatsPeriod period) {
        return "thong-ke-" + table.id() + "-" + (period.kind() == StatsPeriod.Kind.TERM ? "nhiem-ky-" : "")
                + period.year() + ".csv";
    }

    private static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.toString();
    }

    private static String quote(String field) {
        if (field.indexOf(SEPARATOR) >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}

package vn.sochibo.application.common;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it (RFC 4180 quoting, fields may span lines), with the separator guessed from
 * the header line (comma, semicolon or tab: Excel in a Vietnamese locale often writes semicolons). A
 * leading byte-order mark is dropped. Each record knows the line it starts on, for error messages.
 */
public final class CsvReader {
    private CsvReader() {
    }

    public record Record(int line, List<String> fields) {
        public boolean isBlank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    public static List<Record> read(Reader reader) throws IOException {
        String text = readAll(reader);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = guessSeparator(text);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            sb.append(buffer, 0, n);
        }
        return sb.toString();
    }
}

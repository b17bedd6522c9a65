package vn.sochibo.application.member;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sochibo.application.common.CsvReader;
import vn.sochibo.application.common.DateParsing;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/**
 * Imports members from a CSV file exported from Excel (UTF-8, a header row). First a preview reads and
 * checks everything and writes nothing; then {@link #commit} adds every member in one transaction, or none.
 */
public class MemberCsvImport {
    /** The columns the import understands, each with the header spellings it accepts (folded). */
    enum Column {
        FULL_NAME("fullName", "ho va ten", "ho ten", "ho va ten dang vien"),
        GENDER("gender", "gioi tinh"),
        BIRTH_DATE("birthDate", "ngay sinh", "ngay thang nam sinh"),
        HOMETOWN("hometown", "que quan"),
        POSITION("position", "chuc vu/don vi", "chuc vu, don vi", "chuc vu", "don vi cong tac",
                "chuc vu/don vi cong tac", "chuc vu, don vi cong tac"),
        ADMISSION_DATE("admissionDate", "ngay vao dang", "ngay ket nap"),
        OFFICIAL_DATE("officialDate", "ngay chinh thuc"),
        CARD_NUMBER("cardNumber", "so the dang vien", "so the"),
        PHONE("phone", "dien thoai", "so dien thoai"),
        NOTE("note", "ghi chu");

        final String field;
        final List<String> headers;

        Column(String field, String... headers) {
            this.field = field;
            this.headers = List.of(headers);
        }
    }

    /** Headers that carry nothing to import (row numbers). */
    private static final Set<String> IGNORED_HEADERS = Set.of("stt", "tt", "so tt", "so thu tu");

    private final MemberService members;
    private final Transactions transactions;

    public MemberCsvImport(MemberService members, Transactions transactions) {
        this.members = members;
        this.transactions = transactions;
    }

    /** Reads and checks the whole file; never writes. Bad content shows up as problems in the preview. */
    public MemberCsvPreview preview(Reader reader) {
        List<CsvReader.Record> records;
        try {
            records = CsvReader.read(reader);
        } catch (CharacterCodingException e) {
            return new MemberCsvPreview(List.of(),
                    List.of(new LocatedProblem(0, Problem.of("file", "csv.error.notUtf8"))));
        } catch (IOException e) {
            return new MemberCsvPreview(List.of(),
                    List.of(new LocatedProblem(0, Problem.of("file", "csv.error.unreadable", e.getMessage()))));
        }
        records = records.stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            return new MemberCsvPreview(List.of(), List.of(new LocatedProblem(1, Problem.of("file", "csv.error.empty"))));
        }
        List<LocatedProblem> problems = new ArrayList<>();
        Map<Column, Integer> columns = mapHeader(records.get(0), problems);
        if (!problems.isEmpty()) {
            return new MemberCsvPreview(List.of(), problems);
        }
        List<MemberCsvPreview.Row> rows = new ArrayList<>();
        Map<String, Integer> cardLines = new HashMap<>();
        Set<String> existingPeople = new HashSet<>();
        for (Member m : members.all()) {
            existingPeople.add(personKey(m.fullName(), m.birthDate()));
        }
        for (CsvReader.Record record : records.subList(1, records.size())) {
            if (record.fields().size() > records.get(0).fields().size()) {
                problems.add(new LocatedProblem(record.line(), Problem.of("file", "csv.error.tooManyFields",
                        record.fields().size(), records.get(0).fields().size())));
                continue;
            }
            MemberInput input = readRow(record, columns, problems);
            if (input == null) {
                continue;
            }
            rows.add(new MemberCsvPreview.Row(record.line(), input));
            for (Problem p : members.checkNew(input)) {
                problems.add(new LocatedProblem(record.line(), p));
            }
            if (input.cardNumber() != null && !input.cardNumber().isBlank()) {
                Integer earlier = cardLines.putIfAbsent(Text.clean(input.cardNumber()), record.line());
                if (earlier != null) {
                    problems.add(new LocatedProblem(record.line(),
                            Problem.of("cardNumber", "csv.error.cardRepeated", input.cardNumber(), earlier)));
                }
            }
            if (existingPeople.contains(personKey(Text.clean(input.fullName()), input.birthDate()))) {
                problems.add(new LocatedProblem(record.line(),
                        Problem.of("fullName", "csv.error.alreadyOnRoster", Text.clean(input.fullName()))));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new LocatedProblem(1, Problem.of("file", "csv.error.noRows")));
        }
        return new MemberCsvPreview(rows, problems);
    }

    /** Adds every member of a problem-free preview in one transaction; returns how many were added. */
    public int commit(MemberCsvPreview preview) {
        if (!preview.canImport()) {
            throw new ValidationException(Problem.of("file", "csv.error.notImportable"));
        }
        return transactions.inTransaction(() -> {
            for (MemberCsvPreview.Row row : preview.rows()) {
                members.add(row.input());
            }
            return preview.rows().size();
        });
    }

    private static String personKey(String name, LocalDate birthDate) {
        return Text.fold(name) + "|" + birthDate;
    }

    private static Map<Column, Integer> mapHeader(CsvReader.Record header, List<LocatedProblem> problems) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.fields().size(); i++) {
            String raw = header.fields().get(i);
            String folded = Text.fold(raw).replace(" / ", "/");
            if (folded.isEmpty() || IGNORED_HEADERS.contains(folded)) {
                continue;
            }
            Column match = null;
            for (Column c : Column.values()) {
                if (c.headers.contains(folded)) {
                    match = c;
                }
            }
            if (match == null) {
                problems.add(new LocatedProblem(header.line(), Problem.of("header", "csv.error.unknownColumn", raw.strip())));
            } else if (columns.putIfAbsent(match, i) != null) {
                problems.add(new LocatedProblem(header.line(), Problem.of("header", "csv.error.repeatedColumn", raw.strip())));
            }
        }
        if (!columns.containsKey(Column.FULL_NAME)) {
            problems.add(new LocatedProblem(header.line(), Problem.of("header", "csv.error.missingColumn", "Họ và tên")));
        }
        if (!columns.containsKey(Column.ADMISSION_DATE)) {
            problems.add(new LocatedProblem(header.line(), Problem.of("header", "csv.error.missingColumn", "Ngày vào Đảng")));
        }
        return columns;
    }

    private static MemberInput readRow(CsvReader.Record record, Map<Column, Integer> columns, List<LocatedProblem> problems) {
        int before = problems.size();
        Map<Column, String> values = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            String raw = index < record.fields().size() ? record.fields().get(index) : null;
            values.put(column, column == Column.NOTE ? Text.cleanMultiline(raw) : Text.clean(raw));
        });
        Gender gender = null;
        String genderText = values.get(Column.GENDER);
        if (genderText != null) {
            gender = switch (Text.fold(genderText)) {
                case "nam", "male", "m" -> Gender.MALE;
                case "nu", "female", "f" -> Gender.FEMALE;
                default -> {
                    problems.add(new LocatedProblem(record.line(), Problem.of("gender", "csv.error.gender", genderText)));
                    yield null;
                }
            };
        }
        LocalDate birth = date(values, Column.BIRTH_DATE, record, problems);
        LocalDate admission = date(values, Column.ADMISSION_DATE, record, problems);
        LocalDate official = date(values, Column.OFFICIAL_DATE, record, problems);
        if (problems.size() > before) {
            return null;
        }
        return new MemberInput(values.get(Column.FULL_NAME), gender, birth, values.get(Column.HOMETOWN),
                values.get(Column.POSITION), admission, official, values.get(Column.CARD_NUMBER),
                values.get(Column.PHONE), values.get(Column.NOTE));
    }

    private static LocalDate date(Map<Column, String> values, Column column, CsvReader.Record record,
            List<LocatedProblem> problems) {
        String text = values.get(column);
        if (text == null) {
            return null;
        }
        return DateParsing.parse(text).orElseGet(() -> {
            problems.add(new LocatedProblem(record.line(), Problem.of(column.field, "csv.error.date", text)));
            return null;
        });
    }
}

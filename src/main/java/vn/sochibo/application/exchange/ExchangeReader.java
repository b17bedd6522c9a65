package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberRules;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/**
 * Reads and checks a whole exchange file before anything is written. Every problem is reported with the
 * line of the record it is in and the path of the field ("members[3].birthDate").
 */
final class ExchangeReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_FIELDS = Set.of("format", "formatVersion", "appVersion", "exportedAt",
            "cell", "members", "settings");
    private static final Set<String> CELL_FIELDS = Set.of("cellName", "upperOrganisation", "placeName", "termStart",
            "termEnd", "secretaryId", "deputyId", "committeeMemberIds");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "fullName", "gender", "birthDate", "hometown",
            "position", "admissionDate", "officialDate", "cardNumber", "phone", "note", "statusHistory");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "type", "date", "note");

    private final List<LocatedProblem> problems = new ArrayList<>();
    private final LocalDate today;

    private ExchangeReader(LocalDate today) {
        this.today = today;
    }

    /** The file's data, or a {@link FileRejectedException} naming every problem found. */
    static ExchangeData read(InputStream in, LocalDate today) {
        return new ExchangeReader(today).readAll(in);
    }

    private record Located(int line, JsonNode node) {
    }

    private ExchangeData readAll(InputStream in) {
        Map<String, Located> top = new LinkedHashMap<>();
        List<Located> memberNodes = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                reject(1, "file", "exchange.error.notExchangeFile");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = line(p.currentTokenLocation());
                JsonToken value = p.nextToken();
                if (!TOP_FIELDS.contains(name)) {
                    problems.add(problem(line, name, "exchange.error.unknownField", name));
                    p.skipChildren();
                } else if (name.equals("members") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        memberNodes.add(new Located(line(p.currentTokenLocation()), MAPPER.readTree(p)));
                    }
                } else {
                    top.put(name, new Located(line, MAPPER.readTree(p)));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            reject(where == null ? 0 : line(where), "file", "exchange.error.badJson", e.getOriginalMessage());
        } catch (IOException e) {
            reject(0, "file", "exchange.error.unreadable", e.getMessage());
        }
        checkHeader(top);
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        List<Member> members = readMembers(memberNodes);
        CellProfile cell = top.containsKey("cell") ? readCell(top.get("cell"), members) : null;
        Map<String, String> settings = readSettings(top.get("settings"));
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        return new ExchangeData(cell, members, settings);
    }

    private void checkHeader(Map<String, Located> top) {
        Located format = top.get("format");
        if (format == null || !ExchangeFormat.FORMAT_NAME.equals(format.node().asText())) {
            problems.add(problem(1, "format", "exchange.error.notExchangeFile"));
            return;
        }
        Located version = top.get("formatVersion");
        if (version == null || !version.node().canConvertToInt() || version.node().asInt() < 1) {
            problems.add(problem(format.line(), "formatVersion", "exchange.error.badVersion"));
        } else if (version.node().asInt() > ExchangeFormat.VERSION) {
            problems.add(problem(version.line(), "formatVersion", "exchange.error.newerVersion",
                    version.node().asInt(), ExchangeFormat.VERSION));
        }
    }

    private List<Member> readMembers(List<Located> nodes) {
        List<Member> members = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Map<String, String> cardOwners = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located located = nodes.get(i);
            String path = "members[" + i + "]";
            int line = located.line();
            JsonNode n = located.node();
            if (!n.isObject()) {
                problems.add(problem(line, path, "exchange.error.notObject"));
                continue;
            }
            int before = problems.size();
            unknownFields(line, path, n, MEMBER_FIELDS);
            UUID id = uuid(line, path, n, "id", true);
            String fullName = text(line, path, n, "fullName", true);
            String genderText = text(line, path, n, "gender", false);
            Gender gender = enumValue(line, path, "gender", genderText, Gender.class);
            LocalDate birth = date(line, path, n, "birthDate", false);
            LocalDate admission = date(line, path, n, "admissionDate", true);
            LocalDate official = date(line, path, n, "officialDate", false);
            String hometown = text(line, path, n, "hometown", false);
            String position = text(line, path, n, "position", false);
            String card = text(line, path, n, "cardNumber", false);
            String phone = text(line, path, n, "phone", false);
            List<StatusEvent> history = readHistory(line, path, n.get("statusHistory"));
            if (problems.size() > before) {
                continue;
            }
            Member member = new Member(id, fullName, gender, birth, hometown, position, admission, official, card,
                    phone, multiline(n, "note"), history);
            if (!ids.add(id)) {
                problems.add(problem(line, path + ".id", "exchange.error.duplicateId", id));
            }
            if (member.cardNumber() != null) {
                String other = cardOwners.putIfAbsent(member.cardNumber(), path);
                if (other != null) {
                    problems.add(problem(line, path + ".cardNumber", "exchange.error.duplicateCard",
                            member.cardNumber(), other));
                }
            }
            for (Problem p : MemberRules.check(member, today)) {
                problems.add(new LocatedProblem(line, new Problem(path + "." + p.field(), p.messageKey(), p.args())));
            }
            members.add(member);
        }
        return members;
    }

    private List<StatusEvent> readHistory(int line, String memberPath, JsonNode history) {
        List<StatusEvent> events = new ArrayList<>();
        if (history == null || history.isNull()) {
            return events;
        }
        if (!history.isArray()) {
            problems.add(problem(line, memberPath + ".statusHistory", "exchange.error.notArray"));
            return events;
        }
        for (int j = 0; j < history.size(); j++) {
            String path = memberPath + ".statusHistory[" + j + "]";
            JsonNode e = history.get(j);
            if (!e.isObject()) {
                problems.add(problem(line, path, "exchange.error.notObject"));
                continue;
            }
            int before = problems.size();
            unknownFields(line, path, e, EVENT_FIELDS);
            UUID id = uuid(line, path, e, "id", true);
            StatusEventType type = enumValue(line, path, "type", text(line, path, e, "type", true), StatusEventType.class);
            LocalDate date = date(line, path, e, "date", true);
            String note = text(line, path, e, "note", false);
            if (problems.size() == before) {
                events.add(new StatusEvent(id, type, date, note));
            }
        }
        return events;
    }

    private CellProfile readCell(Located located, List<Member> members) {
        JsonNode n = located.node();
        int line = located.line();
        if (!n.isObject()) {
            problems.add(problem(line, "cell", "exchange.error.notObject"));
            return null;
        }
        int before = problems.size();
        unknownFields(line, "cell", n, CELL_FIELDS);
        List<UUID> committee = new ArrayList<>();
        JsonNode ids = n.get("committeeMemberIds");
        if (ids != null && !ids.isNull()) {
            if (!ids.isArray()) {
                problems.add(problem(line, "cell.committeeMemberIds", "exchange.error.notArray"));
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    committee.add(parseUuid(line, "cell.committeeMemberIds[" + i + "]", ids.get(i).asText()));
                }
            }
        }
        CellProfile cell = new CellProfile(text(line, "cell", n, "cellName", false),
                text(line, "cell", n, "upperOrganisation", false), text(line, "cell", n, "placeName", false),
                date(line, "cell", n, "termStart", false), date(line, "cell", n, "termEnd", false),
                uuid(line, "cell", n, "secretaryId", false), uuid(line, "cell", n, "deputyId", false), committee);
        if (problems.size() > before) {
            return null;
        }
        for (Problem p : cell.check()) {
            problems.add(new LocatedProblem(line, new Problem("cell." + p.field(), p.messageKey(), p.args())));
        }
        Set<UUID> known = new HashSet<>();
        members.forEach(m -> known.add(m.id()));
        List<UUID> referenced = new ArrayList<>(cell.committeeMemberIds());
        if (cell.secretaryId() != null) {
            referenced.add(cell.secretaryId());
        }
        if (cell.deputyId() != null) {
            referenced.add(cell.deputyId());
        }
        for (UUID id : referenced) {
            if (!known.contains(id)) {
                problems.add(problem(line, "cell", "exchange.error.unknownMemberId", id));
            }
        }
        return cell;
    }

    private Map<String, String> readSettings(Located located) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (located == null || located.node().isNull()) {
            return settings;
        }
        if (!located.node().isObject()) {
            problems.add(problem(located.line(), "settings", "exchange.error.notObject"));
            return settings;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = located.node().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isTextual()) {
                problems.add(problem(located.line(), "settings." + e.getKey(), "exchange.error.notText"));
            } else {
                settings.put(e.getKey(), e.getValue().asText());
            }
        }
        return settings;
    }

    private void unknownFields(int line, String path, JsonNode n, Set<String> known) {
        n.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(problem(line, path + "." + name, "exchange.error.unknownField", name));
            }
        });
    }

    private String text(int line, String path, JsonNode n, String field, boolean required) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(problem(line, path + "." + field, "exchange.error.required"));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(problem(line, path + "." + field, "exchange.error.notText"));
            return null;
        }
        String cleaned = Text.clean(value.asText());
        if (cleaned == null && required) {
            problems.add(problem(line, path + "." + field, "exchange.error.required"));
        }
        return cleaned;
    }

    private static String multiline(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || !value.isTextual() ? null : Text.cleanMultiline(value.asText());
    }

    private LocalDate date(int line, String path, JsonNode n, String field, boolean required) {
        String text = text(line, path, n, field, required);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(line, path + "." + field, "exchange.error.badDate", text));
            return null;
        }
    }

    private UUID uuid(int line, String path, JsonNode n, String field, boolean required) {
        String text = text(line, path, n, field, required);
        return text == null ? null : parseUuid(line, path + "." + field, text);
    }

    private UUID parseUuid(int line, String path, String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(problem(line, path, "exchange.error.badId", text));
        return null;
    }

    private <E extends Enum<E>> E enumValue(int line, String path, String field, String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problems.add(problem(line, path + "." + field, "exchange.error.badValue", text));
            return null;
        }
    }

    private void reject(int line, String field, String key, Object... args) {
        problems.add(problem(line, field, key, args));
        throw new FileRejectedException(problems);
    }

    private static LocatedProblem problem(int line, String field, String key, Object... args) {
        return new LocatedProblem(line, Problem.of(field, key, args));
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }
}

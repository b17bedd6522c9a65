package vn.sochibo.application.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.application.common.LocatedProblem;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/**
 * Reads typed fields out of a JSON record of the exchange file, adding a located problem (line of the
 * record, path of the field) for every missing or malformed value instead of stopping at the first.
 */
final class FieldReader {
    private final List<LocatedProblem> problems;

    FieldReader(List<LocatedProblem> problems) {
        this.problems = problems;
    }

    int problemCount() {
        return problems.size();
    }

    void add(int line, String field, String key, Object... args) {
        problems.add(problem(line, field, key, args));
    }

    static LocatedProblem problem(int line, String field, String key, Object... args) {
        return new LocatedProblem(line, Problem.of(field, key, args));
    }

    void unknownFields(int line, String path, JsonNode n, Set<String> known) {
        n.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(problem(line, path + "." + name, "exchange.error.unknownField", name));
            }
        });
    }

    String text(int line, String path, JsonNode n, String field, boolean required) {
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

    static String multiline(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || !value.isTextual() ? null : Text.cleanMultiline(value.asText());
    }

    LocalDate date(int line, String path, JsonNode n, String field, boolean required) {
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

    UUID uuid(int line, String path, JsonNode n, String field, boolean required) {
        String text = text(line, path, n, field, required);
        return text == null ? null : parseUuid(line, path + "." + field, text);
    }

    UUID parseUuid(int line, String path, String text) {
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

    <E extends Enum<E>> E enumValue(int line, String path, String field, String text, Class<E> type) {
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

    LocalTime time(int line, String path, JsonNode n, String field) {
        String text = text(line, path, n, field, false);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(line, path + "." + field, "exchange.error.badTime", text));
            return null;
        }
    }

    Integer integer(int line, String path, JsonNode n, String field, boolean required) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(problem(line, path + "." + field, "exchange.error.required"));
            }
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problems.add(problem(line, path + "." + field, "exchange.error.notInteger"));
            return null;
        }
        return value.asInt();
    }

    boolean bool(int line, String path, JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(problem(line, path + "." + field, "exchange.error.notBoolean"));
            return false;
        }
        return value.asBoolean();
    }

    /** The array at the field (empty when absent); a non-array is a problem. */
    List<JsonNode> array(int line, String path, JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(problem(line, path + "." + field, "exchange.error.notArray"));
            return List.of();
        }
        List<JsonNode> items = new java.util.ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** True when the node is an object; otherwise a problem is added. */
    boolean isObject(int line, String path, JsonNode n) {
        if (n == null || !n.isObject()) {
            problems.add(problem(line, path, "exchange.error.notObject"));
            return false;
        }
        return true;
    }
}

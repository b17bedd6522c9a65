package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.domain.meeting.Correction;

/** The {@code corrections} records (correction addenda of finalized meetings): writing, and reading. */
final class CorrectionJson {
    static final Set<String> FIELDS = Set.of("id", "meetingId", "document", "number", "date", "reason", "items",
            "createdAt", "contentHash", "previousHash");
    private static final Set<String> ITEM_FIELDS = Set.of("location", "recorded", "corrected");

    private CorrectionJson() {
    }

    static void write(JsonGenerator g, Correction c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id().toString());
        g.writeStringField("meetingId", c.meetingId().toString());
        g.writeStringField("document", c.document().name());
        g.writeNumberField("number", c.number());
        g.writeStringField("date", c.date().toString());
        g.writeStringField("reason", c.reason());
        g.writeArrayFieldStart("items");
        for (Correction.Item item : c.items()) {
            g.writeStartObject();
            g.writeStringField("location", item.location());
            if (item.recorded() != null) {
                g.writeStringField("recorded", item.recorded());
            }
            g.writeStringField("corrected", item.corrected());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("createdAt", c.createdAt().toString());
        g.writeStringField("contentHash", c.contentHash());
        g.writeStringField("previousHash", c.previousHash());
        g.writeEndObject();
    }

    /** Reads one addendum; returns null (with problems added) when it cannot be built. */
    static Correction read(FieldReader f, int line, String path, JsonNode n) {
        if (!f.isObject(line, path, n)) {
            return null;
        }
        int before = f.problemCount();
        f.unknownFields(line, path, n, FIELDS);
        UUID id = f.uuid(line, path, n, "id", true);
        UUID meetingId = f.uuid(line, path, n, "meetingId", true);
        Correction.CorrectedDocument document = f.enumValue(line, path, "document",
                f.text(line, path, n, "document", true), Correction.CorrectedDocument.class);
        Integer number = f.integer(line, path, n, "number", true);
        LocalDate date = f.date(line, path, n, "date", true);
        f.text(line, path, n, "reason", true);
        String reason = FieldReader.multiline(n, "reason");
        List<Correction.Item> items = new ArrayList<>();
        List<JsonNode> itemNodes = f.array(line, path, n, "items");
        for (int i = 0; i < itemNodes.size(); i++) {
            String p = path + ".items[" + i + "]";
            JsonNode x = itemNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, ITEM_FIELDS);
                f.text(line, p, x, "corrected", true);
                items.add(new Correction.Item(f.text(line, p, x, "location", true), FieldReader.multiline(x, "recorded"),
                        FieldReader.multiline(x, "corrected")));
            }
        }
        if (itemNodes.isEmpty()) {
            f.add(line, path + ".items", "correction.error.noItems");
        }
        String at = f.text(line, path, n, "createdAt", true);
        Instant createdAt = null;
        if (at != null) {
            try {
                createdAt = Instant.parse(at);
            } catch (DateTimeParseException e) {
                f.add(line, path + ".createdAt", "exchange.error.badInstant", at);
            }
        }
        String hash = f.text(line, path, n, "contentHash", true);
        String previous = f.text(line, path, n, "previousHash", true);
        if (f.problemCount() > before) {
            return null;
        }
        return new Correction(id, meetingId, document, number, date, reason, items, createdAt, hash, previous);
    }
}

package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** The {@code pledges} records: a pledge with its items and the follow-ups of those items. */
final class PledgeJson {
    static final Set<String> FIELDS = Set.of("id", "memberId", "year", "registeredOn", "items", "followUps");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "kind", "content", "target", "deadline",
            "exampleSetting");
    private static final Set<String> FOLLOW_UP_FIELDS = Set.of("id", "itemId", "date", "progress", "status",
            "evidence", "meetingId");

    private PledgeJson() {
    }

    /** A pledge read from the file with its follow-ups. */
    record Read(Pledge pledge, List<PledgeFollowUp> followUps) {
    }

    static void write(JsonGenerator g, Pledge p, List<PledgeFollowUp> followUps) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("memberId", p.memberId().toString());
        g.writeNumberField("year", p.year());
        if (p.registeredOn() != null) {
            g.writeStringField("registeredOn", p.registeredOn().toString());
        }
        g.writeArrayFieldStart("items");
        for (PledgeItem i : p.items()) {
            g.writeStartObject();
            g.writeStringField("id", i.id().toString());
            g.writeStringField("kind", i.kind().name());
            g.writeStringField("content", i.content());
            if (i.target() != null) {
                g.writeStringField("target", i.target());
            }
            g.writeStringField("deadline", i.deadline().toString());
            if (i.exampleSetting()) {
                g.writeBooleanField("exampleSetting", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("followUps");
        for (PledgeFollowUp f : followUps.stream().sorted(Comparator.comparing(PledgeFollowUp::id)).toList()) {
            g.writeStartObject();
            g.writeStringField("id", f.id().toString());
            g.writeStringField("itemId", f.itemId().toString());
            g.writeStringField("date", f.date().toString());
            g.writeStringField("progress", f.progress());
            g.writeStringField("status", f.status().name());
            if (f.evidence() != null) {
                g.writeStringField("evidence", f.evidence());
            }
            if (f.meetingId() != null) {
                g.writeStringField("meetingId", f.meetingId().toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Reads one pledge; returns null (with problems added) when it cannot be built. */
    static Read read(FieldReader f, int line, String path, JsonNode n) {
        if (!f.isObject(line, path, n)) {
            return null;
        }
        int before = f.problemCount();
        f.unknownFields(line, path, n, FIELDS);
        UUID id = f.uuid(line, path, n, "id", true);
        UUID memberId = f.uuid(line, path, n, "memberId", true);
        Integer year = f.integer(line, path, n, "year", true);
        LocalDate registeredOn = f.date(line, path, n, "registeredOn", false);
        List<PledgeItem> items = new ArrayList<>();
        List<JsonNode> itemNodes = f.array(line, path, n, "items");
        for (int i = 0; i < itemNodes.size(); i++) {
            String p = path + ".items[" + i + "]";
            JsonNode x = itemNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, ITEM_FIELDS);
                UUID itemId = f.uuid(line, p, x, "id", true);
                PledgeKind kind = f.enumValue(line, p, "kind", f.text(line, p, x, "kind", true), PledgeKind.class);
                f.text(line, p, x, "content", true);
                LocalDate deadline = f.date(line, p, x, "deadline", true);
                boolean example = f.bool(line, p, x, "exampleSetting");
                if (itemId != null) {
                    items.add(new PledgeItem(itemId, kind, FieldReader.multiline(x, "content"),
                            FieldReader.multiline(x, "target"), deadline, example));
                }
            }
        }
        List<PledgeFollowUp> followUps = new ArrayList<>();
        List<JsonNode> followUpNodes = f.array(line, path, n, "followUps");
        for (int i = 0; i < followUpNodes.size(); i++) {
            String p = path + ".followUps[" + i + "]";
            JsonNode x = followUpNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, FOLLOW_UP_FIELDS);
                UUID followUpId = f.uuid(line, p, x, "id", true);
                UUID itemId = f.uuid(line, p, x, "itemId", true);
                LocalDate date = f.date(line, p, x, "date", true);
                f.text(line, p, x, "progress", true);
                FollowUpStatus status = f.enumValue(line, p, "status", f.text(line, p, x, "status", true),
                        FollowUpStatus.class);
                UUID meetingId = f.uuid(line, p, x, "meetingId", false);
                if (followUpId != null) {
                    followUps.add(new PledgeFollowUp(followUpId, id, itemId, date, FieldReader.multiline(x, "progress"),
                            status, FieldReader.multiline(x, "evidence"), meetingId));
                }
            }
        }
        if (f.problemCount() > before) {
            return null;
        }
        return new Read(new Pledge(id, memberId, year, registeredOn, items), followUps);
    }
}

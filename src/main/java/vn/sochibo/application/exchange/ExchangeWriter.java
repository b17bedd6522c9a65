package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;

/**
 * Writes the exchange format: UTF-8 JSON, records sorted by id so that two exports of the same data differ
 * only in their export metadata. Absent values are left out.
 */
final class ExchangeWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private ExchangeWriter() {
    }

    static void write(ExchangeData data, String appVersion, Instant exportedAt, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", ExchangeFormat.FORMAT_NAME);
            g.writeNumberField("formatVersion", ExchangeFormat.VERSION);
            g.writeStringField("appVersion", appVersion);
            g.writeStringField("exportedAt", exportedAt.toString());
            if (data.cell() != null) {
                g.writeFieldName("cell");
                writeCell(g, data.cell());
            }
            g.writeArrayFieldStart("members");
            for (Member m : data.members().stream().sorted(Comparator.comparing(Member::id)).toList()) {
                writeMember(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("meetings");
            for (Meeting m : data.meetings().stream().sorted(Comparator.comparing(Meeting::id)).toList()) {
                MeetingJson.write(g, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("corrections");
            for (Correction c : data.corrections().stream().sorted(Comparator.comparing(Correction::id)).toList()) {
                CorrectionJson.write(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pledges");
            java.util.Map<UUID, List<vn.sochibo.domain.pledge.PledgeFollowUp>> followUps = data.pledgeFollowUps()
                    .stream().collect(java.util.stream.Collectors.groupingBy(
                            vn.sochibo.domain.pledge.PledgeFollowUp::pledgeId));
            for (vn.sochibo.domain.pledge.Pledge p : data.pledges().stream()
                    .sorted(Comparator.comparing(vn.sochibo.domain.pledge.Pledge::id)).toList()) {
                PledgeJson.write(g, p, followUps.getOrDefault(p.id(), List.of()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reviews");
            for (vn.sochibo.domain.review.ReviewPeriod r : data.reviews().stream()
                    .sorted(Comparator.comparing(vn.sochibo.domain.review.ReviewPeriod::id)).toList()) {
                ReviewJson.write(g, r, data.memberReviews().stream().filter(x -> x.periodId().equals(r.id())).toList(),
                        data.finalLevels().stream().filter(x -> x.periodId().equals(r.id())).toList(),
                        data.reviewAddenda().stream().filter(x -> x.periodId().equals(r.id()))
                                .sorted(Comparator.comparingInt(vn.sochibo.domain.review.ReviewAddendum::number))
                                .toList());
            }
            g.writeEndArray();
            g.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> e : data.settings().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeCell(JsonGenerator g, CellProfile c) throws IOException {
        g.writeStartObject();
        string(g, "cellName", c.cellName());
        string(g, "upperOrganisation", c.upperOrganisation());
        string(g, "placeName", c.placeName());
        date(g, "termStart", c.termStart());
        date(g, "termEnd", c.termEnd());
        id(g, "secretaryId", c.secretaryId());
        id(g, "deputyId", c.deputyId());
        g.writeArrayFieldStart("committeeMemberIds");
        for (UUID id : c.committeeMemberIds()) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeMember(JsonGenerator g, Member m) throws IOException {
        g.writeStartObject();
        id(g, "id", m.id());
        string(g, "fullName", m.fullName());
        string(g, "gender", m.gender() == null ? null : m.gender().name());
        date(g, "birthDate", m.birthDate());
        string(g, "hometown", m.hometown());
        string(g, "position", m.position());
        date(g, "admissionDate", m.admissionDate());
        date(g, "officialDate", m.officialDate());
        string(g, "cardNumber", m.cardNumber());
        string(g, "phone", m.phone());
        string(g, "note", m.note());
        List<StatusEvent> history = m.history();
        g.writeArrayFieldStart("statusHistory");
        for (StatusEvent e : history) {
            g.writeStartObject();
            id(g, "id", e.id());
            string(g, "type", e.type().name());
            date(g, "date", e.date());
            string(g, "note", e.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private static void id(JsonGenerator g, String name, UUID value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}

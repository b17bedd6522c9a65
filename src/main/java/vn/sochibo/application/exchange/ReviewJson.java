package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

/**
 * The {@code reviews} records (docs/data-format.md): a review period with its meeting, the members' parts and the
 * final levels, and its finalization (number, time, hashes) when finalized.
 */
final class ReviewJson {
    static final Set<String> FIELDS = Set.of("id", "kind", "year", "startDate", "endDate", "title", "meeting",
            "members", "finalLevels", "addenda", "finalization");
    private static final Set<String> MEETING_FIELDS = Set.of("date", "startTime", "endTime", "place", "chairId",
            "minuteTakerId", "rollCall", "comments", "conclusion");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "memberId", "included", "inclusionReason",
            "paperReceivedOn", "texts", "signs", "selfLevel", "scores", "excellentConditions", "vote", "cellLevel");
    private static final Set<String> FINAL_FIELDS = Set.of("id", "memberId", "level", "decisionNumber",
            "decisionDate", "recordedAt", "contentHash", "previousHash");

    private static final Set<String> ADDENDUM_FIELDS = Set.of("id", "number", "date", "location", "recorded",
            "corrected", "reason", "recordedBy", "createdAt", "contentHash", "previousHash");

    private ReviewJson() {
    }

    /** A period read from the file with its members' parts and final levels. */
    record Read(ReviewPeriod period, List<MemberReview> members, List<FinalLevel> finalLevels,
            List<ReviewAddendum> addenda) {
    }

    static void write(JsonGenerator g, ReviewPeriod p, List<MemberReview> parts, List<FinalLevel> finals,
            List<ReviewAddendum> addenda) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("kind", p.kind().name());
        g.writeNumberField("year", p.year());
        g.writeStringField("startDate", p.startDate().toString());
        g.writeStringField("endDate", p.endDate().toString());
        g.writeStringField("title", p.title());
        ReviewPeriod.ReviewMeeting m = p.meeting();
        g.writeObjectFieldStart("meeting");
        opt(g, "date", m.date());
        opt(g, "startTime", m.startTime());
        opt(g, "endTime", m.endTime());
        opt(g, "place", m.place());
        opt(g, "chairId", m.chairId());
        opt(g, "minuteTakerId", m.minuteTakerId());
        g.writeArrayFieldStart("rollCall");
        for (Meeting.RollCallEntry r : m.rollCall()) {
            g.writeStartObject();
            g.writeStringField("memberId", r.memberId().toString());
            g.writeStringField("attendance", r.attendance().name());
            opt(g, "reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("comments");
        for (ReviewPeriod.Comment c : m.comments()) {
            g.writeStartObject();
            g.writeStringField("id", c.id().toString());
            opt(g, "aboutMemberId", c.aboutMemberId());
            opt(g, "speakerMemberId", c.speakerMemberId());
            opt(g, "speakerName", c.speakerName());
            g.writeStringField("text", c.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        opt(g, "conclusion", m.conclusion());
        g.writeEndObject();
        g.writeArrayFieldStart("members");
        for (MemberReview r : parts.stream().sorted(Comparator.comparing(MemberReview::memberId)).toList()) {
            g.writeStartObject();
            g.writeStringField("id", r.id().toString());
            g.writeStringField("memberId", r.memberId().toString());
            if (r.inclusion() != null) {
                g.writeBooleanField("included", r.inclusion().included());
                opt(g, "inclusionReason", r.inclusion().reason());
            }
            opt(g, "paperReceivedOn", r.selfReview().paperReceivedOn());
            g.writeObjectFieldStart("texts");
            for (SelfReview.Section s : SelfReview.Section.values()) {
                opt(g, s.name(), r.selfReview().text(s));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("signs");
            for (int n : r.signs()) {
                g.writeNumber(n);
            }
            g.writeEndArray();
            opt(g, "selfLevel", r.selfLevel());
            g.writeObjectFieldStart("scores");
            for (Map.Entry<String, BigDecimal> e : r.scores().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue().stripTrailingZeros().toPlainString());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("excellentConditions");
            for (String c : r.excellentConditions()) {
                g.writeString(c);
            }
            g.writeEndArray();
            if (r.vote() != null) {
                g.writeArrayFieldStart("vote");
                g.writeNumber(r.vote().excellent());
                g.writeNumber(r.vote().good());
                g.writeNumber(r.vote().completed());
                g.writeNumber(r.vote().notCompleted());
                g.writeEndArray();
            }
            opt(g, "cellLevel", r.cellLevel());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("finalLevels");
        for (FinalLevel f : finals) {
            g.writeStartObject();
            g.writeStringField("id", f.id().toString());
            g.writeStringField("memberId", f.memberId().toString());
            g.writeStringField("level", f.level().name());
            g.writeStringField("decisionNumber", f.decisionNumber());
            g.writeStringField("decisionDate", f.decisionDate().toString());
            g.writeStringField("recordedAt", f.recordedAt().toString());
            g.writeStringField("contentHash", f.contentHash());
            g.writeStringField("previousHash", f.previousHash());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!addenda.isEmpty()) {
            g.writeArrayFieldStart("addenda");
            for (ReviewAddendum a : addenda) {
                g.writeStartObject();
                g.writeStringField("id", a.id().toString());
                g.writeNumberField("number", a.number());
                g.writeStringField("date", a.date().toString());
                g.writeStringField("location", a.location());
                opt(g, "recorded", a.recorded());
                g.writeStringField("corrected", a.corrected());
                g.writeStringField("reason", a.reason());
                g.writeStringField("recordedBy", a.recordedBy());
                g.writeStringField("createdAt", a.createdAt().toString());
                g.writeStringField("contentHash", a.contentHash());
                g.writeStringField("previousHash", a.previousHash());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (p.finalization() != null) {
            ReviewPeriod.Finalization f = p.finalization();
            g.writeObjectFieldStart("finalization");
            g.writeNumberField("number", f.number());
            g.writeStringField("finalizedAt", f.finalizedAt().toString());
            g.writeStringField("contentHash", f.contentHash());
            opt(g, "previousHash", f.previousHash());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void opt(JsonGenerator g, String field, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }

    /** Reads one period; returns null (with problems added) when it cannot be built. */
    static Read read(FieldReader f, int line, String path, JsonNode n) {
        if (!f.isObject(line, path, n)) {
            return null;
        }
        int before = f.problemCount();
        f.unknownFields(line, path, n, FIELDS);
        UUID id = f.uuid(line, path, n, "id", true);
        PeriodKind kind = f.enumValue(line, path, "kind", f.text(line, path, n, "kind", true), PeriodKind.class);
        Integer year = f.integer(line, path, n, "year", true);
        LocalDate start = f.date(line, path, n, "startDate", true);
        LocalDate end = f.date(line, path, n, "endDate", true);
        String title = f.text(line, path, n, "title", true);
        ReviewPeriod.ReviewMeeting meeting = ReviewPeriod.ReviewMeeting.EMPTY;
        JsonNode mn = n.get("meeting");
        String mp = path + ".meeting";
        if (mn != null && f.isObject(line, mp, mn)) {
            f.unknownFields(line, mp, mn, MEETING_FIELDS);
            List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
            List<JsonNode> rc = f.array(line, mp, mn, "rollCall");
            for (int i = 0; i < rc.size(); i++) {
                String p = mp + ".rollCall[" + i + "]";
                JsonNode x = rc.get(i);
                if (f.isObject(line, p, x)) {
                    UUID memberId = f.uuid(line, p, x, "memberId", true);
                    Attendance a = f.enumValue(line, p, "attendance", f.text(line, p, x, "attendance", true),
                            Attendance.class);
                    rollCall.add(new Meeting.RollCallEntry(memberId, a, f.text(line, p, x, "reason", false)));
                }
            }
            List<ReviewPeriod.Comment> comments = new ArrayList<>();
            List<JsonNode> cn = f.array(line, mp, mn, "comments");
            for (int i = 0; i < cn.size(); i++) {
                String p = mp + ".comments[" + i + "]";
                JsonNode x = cn.get(i);
                if (f.isObject(line, p, x)) {
                    f.text(line, p, x, "text", true);
                    comments.add(new ReviewPeriod.Comment(f.uuid(line, p, x, "id", true),
                            f.uuid(line, p, x, "aboutMemberId", false), f.uuid(line, p, x, "speakerMemberId", false),
                            f.text(line, p, x, "speakerName", false), FieldReader.multiline(x, "text")));
                }
            }
            meeting = new ReviewPeriod.ReviewMeeting(f.date(line, mp, mn, "date", false),
                    f.time(line, mp, mn, "startTime"), f.time(line, mp, mn, "endTime"),
                    f.text(line, mp, mn, "place", false), f.uuid(line, mp, mn, "chairId", false),
                    f.uuid(line, mp, mn, "minuteTakerId", false), rollCall, comments,
                    FieldReader.multiline(mn, "conclusion"));
        }
        List<MemberReview> parts = new ArrayList<>();
        List<JsonNode> memberNodes = f.array(line, path, n, "members");
        for (int i = 0; i < memberNodes.size(); i++) {
            String p = path + ".members[" + i + "]";
            JsonNode x = memberNodes.get(i);
            if (!f.isObject(line, p, x)) {
                continue;
            }
            f.unknownFields(line, p, x, MEMBER_FIELDS);
            UUID rid = f.uuid(line, p, x, "id", true);
            UUID memberId = f.uuid(line, p, x, "memberId", true);
            MemberReview.Inclusion inclusion = x.has("included")
                    ? new MemberReview.Inclusion(f.bool(line, p, x, "included"),
                            f.text(line, p, x, "inclusionReason", false)) : null;
            Map<SelfReview.Section, String> texts = new EnumMap<>(SelfReview.Section.class);
            JsonNode tn = x.get("texts");
            if (tn != null && tn.isObject()) {
                tn.fieldNames().forEachRemaining(name -> {
                    SelfReview.Section s = f.enumValue(line, p + ".texts", name, name, SelfReview.Section.class);
                    if (s != null) {
                        texts.put(s, FieldReader.multiline(tn, name));
                    }
                });
            }
            Set<Integer> signs = new TreeSet<>();
            for (JsonNode s : f.array(line, p, x, "signs")) {
                signs.add(s.asInt());
            }
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            JsonNode sn = x.get("scores");
            if (sn != null && sn.isObject()) {
                sn.fields().forEachRemaining(e -> {
                    try {
                        scores.put(e.getKey(), new BigDecimal(e.getValue().asText()));
                    } catch (NumberFormatException ex) {
                        f.add(line, p + ".scores." + e.getKey(), "exchange.error.badValue", e.getValue().asText());
                    }
                });
            }
            Set<String> conditions = new TreeSet<>();
            for (JsonNode c : f.array(line, p, x, "excellentConditions")) {
                conditions.add(c.asText());
            }
            LevelVote vote = null;
            JsonNode vn = x.get("vote");
            if (vn != null && vn.isArray() && vn.size() == 4) {
                vote = new LevelVote(vn.get(0).asInt(), vn.get(1).asInt(), vn.get(2).asInt(), vn.get(3).asInt());
            }
            ReviewLevel selfLevel = f.enumValue(line, p, "selfLevel", f.text(line, p, x, "selfLevel", false),
                    ReviewLevel.class);
            ReviewLevel cellLevel = f.enumValue(line, p, "cellLevel", f.text(line, p, x, "cellLevel", false),
                    ReviewLevel.class);
            if (rid != null && memberId != null && id != null) {
                parts.add(new MemberReview(rid, id, memberId, inclusion,
                        new SelfReview(texts, f.date(line, p, x, "paperReceivedOn", false)), signs, selfLevel, scores,
                        conditions, vote, cellLevel));
            }
        }
        List<FinalLevel> finals = new ArrayList<>();
        List<JsonNode> finalNodes = f.array(line, path, n, "finalLevels");
        for (int i = 0; i < finalNodes.size(); i++) {
            String p = path + ".finalLevels[" + i + "]";
            JsonNode x = finalNodes.get(i);
            if (!f.isObject(line, p, x)) {
                continue;
            }
            f.unknownFields(line, p, x, FINAL_FIELDS);
            finals.add(new FinalLevel(f.uuid(line, p, x, "id", true), id, f.uuid(line, p, x, "memberId", true),
                    f.enumValue(line, p, "level", f.text(line, p, x, "level", true), ReviewLevel.class),
                    f.text(line, p, x, "decisionNumber", true), f.date(line, p, x, "decisionDate", true),
                    instant(f, line, p, x, "recordedAt"), f.text(line, p, x, "contentHash", true),
                    f.text(line, p, x, "previousHash", true)));
        }
        List<ReviewAddendum> addenda = new ArrayList<>();
        List<JsonNode> addendumNodes = f.array(line, path, n, "addenda");
        for (int i = 0; i < addendumNodes.size(); i++) {
            String p = path + ".addenda[" + i + "]";
            JsonNode x = addendumNodes.get(i);
            if (!f.isObject(line, p, x)) {
                continue;
            }
            f.unknownFields(line, p, x, ADDENDUM_FIELDS);
            UUID aid = f.uuid(line, p, x, "id", true);
            Integer number = f.integer(line, p, x, "number", true);
            java.time.LocalDate date = f.date(line, p, x, "date", true);
            Instant createdAt = instant(f, line, p, x, "createdAt");
            String location = f.text(line, p, x, "location", true);
            String corrected = f.text(line, p, x, "corrected", true);
            String reason = f.text(line, p, x, "reason", true);
            String recordedBy = f.text(line, p, x, "recordedBy", true);
            String hash = f.text(line, p, x, "contentHash", true);
            String previous = f.text(line, p, x, "previousHash", true);
            if (aid != null && id != null && number != null && date != null && createdAt != null) {
                addenda.add(new ReviewAddendum(aid, id, number, date, location, f.text(line, p, x, "recorded", false),
                        corrected, reason, recordedBy, createdAt, hash, previous));
            }
        }
        ReviewPeriod.Finalization fin = null;
        JsonNode fn = n.get("finalization");
        if (fn != null && f.isObject(line, path + ".finalization", fn)) {
            String p = path + ".finalization";
            Integer number = f.integer(line, p, fn, "number", true);
            fin = new ReviewPeriod.Finalization(number == null ? 0 : number, instant(f, line, p, fn, "finalizedAt"),
                    f.text(line, p, fn, "contentHash", true), f.text(line, p, fn, "previousHash", false));
        }
        if (f.problemCount() > before) {
            return null;
        }
        return new Read(new ReviewPeriod(id, kind, year, start, end, title, meeting, fin), parts, finals, addenda);
    }

    private static Instant instant(FieldReader f, int line, String path, JsonNode n, String field) {
        String text = f.text(line, path, n, field, true);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            f.add(line, path + "." + field, "exchange.error.badInstant", text);
            return null;
        }
    }
}

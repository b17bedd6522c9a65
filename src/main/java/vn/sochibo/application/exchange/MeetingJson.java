package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;

/** The {@code meetings} records of the exchange format: writing, and reading with located problems. */
final class MeetingJson {
    static final Set<String> FIELDS = Set.of("id", "kind", "topic", "date", "startTime", "endTime", "place",
            "chairId", "minuteTakerId", "guests", "rollCall", "agenda", "contributions", "votes", "tasks",
            "followUps", "conclusion", "selfScores", "duesStatus", "finalization");

    private MeetingJson() {
    }

    static void write(JsonGenerator g, Meeting m) throws IOException {
        g.writeStartObject();
        field(g, "id", m.id());
        g.writeStringField("kind", m.kind().name());
        field(g, "topic", m.topic());
        field(g, "date", m.date());
        field(g, "startTime", m.startTime());
        field(g, "endTime", m.endTime());
        field(g, "place", m.place());
        field(g, "chairId", m.chairId());
        field(g, "minuteTakerId", m.minuteTakerId());
        g.writeArrayFieldStart("guests");
        for (Meeting.Guest x : m.guests()) {
            g.writeStartObject();
            field(g, "id", x.id());
            field(g, "name", x.name());
            field(g, "position", x.position());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rollCall");
        for (Meeting.RollCallEntry x : m.rollCall()) {
            g.writeStartObject();
            field(g, "memberId", x.memberId());
            g.writeStringField("attendance", x.attendance().name());
            field(g, "reason", x.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("agenda");
        for (Meeting.AgendaPart x : m.agenda()) {
            g.writeStartObject();
            field(g, "id", x.id());
            field(g, "title", x.title());
            field(g, "text", x.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contributions");
        for (Meeting.Contribution x : m.contributions()) {
            g.writeStartObject();
            field(g, "id", x.id());
            field(g, "partId", x.partId());
            field(g, "speakerMemberId", x.speakerMemberId());
            field(g, "speakerGuestId", x.speakerGuestId());
            field(g, "text", x.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("votes");
        for (Meeting.Vote x : m.votes()) {
            g.writeStartObject();
            field(g, "id", x.id());
            field(g, "question", x.question());
            g.writeStringField("subject", x.subject().name());
            g.writeBooleanField("secretBallot", x.secretBallot());
            g.writeNumberField("inFavour", x.tally().inFavour());
            g.writeNumberField("against", x.tally().against());
            g.writeNumberField("other", x.tally().other());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tasks");
        for (Meeting.TaskAssignment x : m.tasks()) {
            g.writeStartObject();
            field(g, "id", x.id());
            field(g, "description", x.description());
            g.writeArrayFieldStart("assigneeIds");
            for (UUID id : x.assigneeIds()) {
                g.writeString(id.toString());
            }
            g.writeEndArray();
            field(g, "deadline", x.deadline());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("followUps");
        for (Meeting.TaskFollowUp x : m.followUps()) {
            g.writeStartObject();
            field(g, "taskId", x.taskId());
            g.writeStringField("result", x.result().name());
            field(g, "note", x.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        field(g, "conclusion", m.conclusion());
        field(g, "duesStatus", m.duesStatus());
        g.writeObjectFieldStart("selfScores");
        for (var e : new java.util.TreeMap<>(m.selfScores()).entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        if (m.finalization() != null) {
            Meeting.Finalization f = m.finalization();
            g.writeObjectFieldStart("finalization");
            g.writeNumberField("minutesNumber", f.minutesNumber());
            g.writeNumberField("resolutionNumber", f.resolutionNumber());
            g.writeStringField("finalizedAt", f.finalizedAt().toString());
            g.writeStringField("contentHash", f.contentHash());
            field(g, "previousHash", f.previousHash());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void field(JsonGenerator g, String name, Object value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    /** Reads one meeting; returns null (with problems added) when it cannot be built. */
    static Meeting read(FieldReader f, int line, String path, JsonNode n) {
        if (!f.isObject(line, path, n)) {
            return null;
        }
        int before = f.problemCount();
        f.unknownFields(line, path, n, FIELDS);
        UUID id = f.uuid(line, path, n, "id", true);
        MeetingKind kind = f.enumValue(line, path, "kind", f.text(line, path, n, "kind", true), MeetingKind.class);
        var date = f.date(line, path, n, "date", true);
        List<Meeting.Guest> guests = new ArrayList<>();
        List<JsonNode> guestNodes = f.array(line, path, n, "guests");
        for (int i = 0; i < guestNodes.size(); i++) {
            String p = path + ".guests[" + i + "]";
            JsonNode x = guestNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("id", "name", "position"));
                guests.add(new Meeting.Guest(f.uuid(line, p, x, "id", true), f.text(line, p, x, "name", true),
                        f.text(line, p, x, "position", false)));
            }
        }
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        List<JsonNode> rollNodes = f.array(line, path, n, "rollCall");
        for (int i = 0; i < rollNodes.size(); i++) {
            String p = path + ".rollCall[" + i + "]";
            JsonNode x = rollNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("memberId", "attendance", "reason"));
                rollCall.add(new Meeting.RollCallEntry(f.uuid(line, p, x, "memberId", true), f.enumValue(line, p,
                        "attendance", f.text(line, p, x, "attendance", true), Attendance.class),
                        f.text(line, p, x, "reason", false)));
            }
        }
        List<Meeting.AgendaPart> agenda = new ArrayList<>();
        List<JsonNode> partNodes = f.array(line, path, n, "agenda");
        for (int i = 0; i < partNodes.size(); i++) {
            String p = path + ".agenda[" + i + "]";
            JsonNode x = partNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("id", "title", "text"));
                agenda.add(new Meeting.AgendaPart(f.uuid(line, p, x, "id", true), f.text(line, p, x, "title", true),
                        FieldReader.multiline(x, "text")));
            }
        }
        List<Meeting.Contribution> contributions = new ArrayList<>();
        List<JsonNode> contributionNodes = f.array(line, path, n, "contributions");
        for (int i = 0; i < contributionNodes.size(); i++) {
            String p = path + ".contributions[" + i + "]";
            JsonNode x = contributionNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("id", "partId", "speakerMemberId", "speakerGuestId", "text"));
                f.text(line, p, x, "text", true);
                contributions.add(new Meeting.Contribution(f.uuid(line, p, x, "id", true),
                        f.uuid(line, p, x, "partId", false), f.uuid(line, p, x, "speakerMemberId", false),
                        f.uuid(line, p, x, "speakerGuestId", false), FieldReader.multiline(x, "text")));
            }
        }
        List<Meeting.Vote> votes = new ArrayList<>();
        List<JsonNode> voteNodes = f.array(line, path, n, "votes");
        for (int i = 0; i < voteNodes.size(); i++) {
            String p = path + ".votes[" + i + "]";
            JsonNode x = voteNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("id", "question", "subject", "secretBallot", "inFavour", "against",
                        "other"));
                Integer yes = f.integer(line, p, x, "inFavour", true);
                Integer no = f.integer(line, p, x, "against", true);
                Integer other = f.integer(line, p, x, "other", true);
                votes.add(new Meeting.Vote(f.uuid(line, p, x, "id", true), f.text(line, p, x, "question", true),
                        f.enumValue(line, p, "subject", f.text(line, p, x, "subject", true), VoteSubject.class),
                        f.bool(line, p, x, "secretBallot"), new VoteTally(zero(yes), zero(no), zero(other))));
            }
        }
        List<Meeting.TaskAssignment> tasks = new ArrayList<>();
        List<JsonNode> taskNodes = f.array(line, path, n, "tasks");
        for (int i = 0; i < taskNodes.size(); i++) {
            String p = path + ".tasks[" + i + "]";
            JsonNode x = taskNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("id", "description", "assigneeIds", "deadline"));
                List<UUID> assignees = new ArrayList<>();
                List<JsonNode> ids = f.array(line, p, x, "assigneeIds");
                for (int j = 0; j < ids.size(); j++) {
                    assignees.add(f.parseUuid(line, p + ".assigneeIds[" + j + "]", ids.get(j).asText()));
                }
                tasks.add(new Meeting.TaskAssignment(f.uuid(line, p, x, "id", true),
                        f.text(line, p, x, "description", true), assignees, f.date(line, p, x, "deadline", false)));
            }
        }
        List<Meeting.TaskFollowUp> followUps = new ArrayList<>();
        List<JsonNode> followNodes = f.array(line, path, n, "followUps");
        for (int i = 0; i < followNodes.size(); i++) {
            String p = path + ".followUps[" + i + "]";
            JsonNode x = followNodes.get(i);
            if (f.isObject(line, p, x)) {
                f.unknownFields(line, p, x, Set.of("taskId", "result", "note"));
                followUps.add(new Meeting.TaskFollowUp(f.uuid(line, p, x, "taskId", true), f.enumValue(line, p,
                        "result", f.text(line, p, x, "result", true), Meeting.TaskResult.class),
                        f.text(line, p, x, "note", false)));
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        JsonNode scoreNode = n.get("selfScores");
        if (scoreNode != null && !scoreNode.isNull() && f.isObject(line, path + ".selfScores", scoreNode)) {
            Iterator<String> names = scoreNode.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                Integer points = f.integer(line, path + ".selfScores", scoreNode, name, true);
                if (points != null) {
                    scores.put(name, points);
                }
            }
        }
        Meeting.Finalization finalization = readFinalization(f, line, path + ".finalization", n.get("finalization"));
        String topic = f.text(line, path, n, "topic", false);
        var start = f.time(line, path, n, "startTime");
        var end = f.time(line, path, n, "endTime");
        String place = f.text(line, path, n, "place", false);
        UUID chair = f.uuid(line, path, n, "chairId", false);
        UUID taker = f.uuid(line, path, n, "minuteTakerId", false);
        String conclusion = FieldReader.multiline(n, "conclusion");
        String dues = FieldReader.multiline(n, "duesStatus");
        if (f.problemCount() > before) {
            return null;
        }
        return new Meeting(id, kind, topic, date, start, end, place, chair, taker, guests, rollCall, agenda,
                contributions, votes, tasks, followUps, conclusion, scores, dues, finalization);
    }

    private static Meeting.Finalization readFinalization(FieldReader f, int line, String path, JsonNode n) {
        if (n == null || n.isNull() || !f.isObject(line, path, n)) {
            return null;
        }
        f.unknownFields(line, path, n, Set.of("minutesNumber", "resolutionNumber", "finalizedAt", "contentHash",
                "previousHash"));
        Integer minutes = f.integer(line, path, n, "minutesNumber", true);
        Integer resolution = f.integer(line, path, n, "resolutionNumber", true);
        String at = f.text(line, path, n, "finalizedAt", true);
        String hash = f.text(line, path, n, "contentHash", true);
        String previous = f.text(line, path, n, "previousHash", false);
        Instant instant = null;
        if (at != null) {
            try {
                instant = Instant.parse(at);
            } catch (DateTimeParseException e) {
                f.add(line, path + ".finalizedAt", "exchange.error.badInstant", at);
            }
        }
        if (minutes == null || resolution == null || instant == null || hash == null) {
            return null;
        }
        return new Meeting.Finalization(minutes, resolution, instant, hash, previous);
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}

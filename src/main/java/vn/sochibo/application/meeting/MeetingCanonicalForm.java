package vn.sochibo.application.meeting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;
import vn.sochibo.domain.meeting.Meeting;

/**
 * The canonical text of a meeting's content (everything recorded in it, in a fixed order, without its
 * finalization) and the chained SHA-256 that tamper evidence rests on:
 * {@code hash = SHA-256(previousHash + "\n" + canonical content)}, with an empty previous hash for the first
 * finalized record. Changing this form invalidates every stored hash: never change it, add a version.
 */
public final class MeetingCanonicalForm {
    private static final JsonFactory JSON = new JsonFactory();

    private MeetingCanonicalForm() {
    }

    public static String chainedHash(Meeting meeting, String previousHash) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical(meeting).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String canonical(Meeting m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("form", "meeting/1");
            g.writeStringField("id", m.id().toString());
            g.writeStringField("kind", m.kind().name());
            g.writeStringField("topic", m.topic());
            g.writeStringField("date", m.date().toString());
            g.writeStringField("start", m.startTime() == null ? null : m.startTime().toString());
            g.writeStringField("end", m.endTime() == null ? null : m.endTime().toString());
            g.writeStringField("place", m.place());
            g.writeStringField("chair", id(m.chairId()));
            g.writeStringField("minuteTaker", id(m.minuteTakerId()));
            g.writeArrayFieldStart("guests");
            for (Meeting.Guest x : m.guests()) {
                g.writeStartArray();
                g.writeString(id(x.id()));
                g.writeString(x.name());
                g.writeString(x.position());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rollCall");
            for (Meeting.RollCallEntry x : m.rollCall()) {
                g.writeStartArray();
                g.writeString(id(x.memberId()));
                g.writeString(x.attendance().name());
                g.writeString(x.reason());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("agenda");
            for (Meeting.AgendaPart x : m.agenda()) {
                g.writeStartArray();
                g.writeString(id(x.id()));
                g.writeString(x.title());
                g.writeString(x.text());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("contributions");
            for (Meeting.Contribution x : m.contributions()) {
                g.writeStartArray();
                g.writeString(id(x.id()));
                g.writeString(id(x.partId()));
                g.writeString(id(x.speakerMemberId()));
                g.writeString(id(x.speakerGuestId()));
                g.writeString(x.text());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("votes");
            for (Meeting.Vote x : m.votes()) {
                g.writeStartArray();
                g.writeString(id(x.id()));
                g.writeString(x.question());
                g.writeString(x.subject().name());
                g.writeBoolean(x.secretBallot());
                g.writeNumber(x.tally().inFavour());
                g.writeNumber(x.tally().against());
                g.writeNumber(x.tally().other());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tasks");
            for (Meeting.TaskAssignment x : m.tasks()) {
                g.writeStartArray();
                g.writeString(id(x.id()));
                g.writeString(x.description());
                g.writeString(x.deadline() == null ? null : x.deadline().toString());
                for (UUID assignee : x.assigneeIds()) {
                    g.writeString(id(assignee));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("followUps");
            for (Meeting.TaskFollowUp x : m.followUps()) {
                g.writeStartArray();
                g.writeString(id(x.taskId()));
                g.writeString(x.result().name());
                g.writeString(x.note());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeStringField("conclusion", m.conclusion());
            g.writeObjectFieldStart("selfScores");
            for (var e : new TreeMap<>(m.selfScores()).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}

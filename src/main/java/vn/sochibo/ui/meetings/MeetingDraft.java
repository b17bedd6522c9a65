package vn.sochibo.ui.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;

/**
 * The editor's working copy of a meeting: each section changes its part of it, and every save sends the
 * whole copy, as it stands, to the service. Used on the JavaFX thread only.
 */
final class MeetingDraft {
    final UUID id;
    final MeetingKind kind;
    String topic;
    LocalDate date;
    LocalTime startTime;
    LocalTime endTime;
    String place;
    UUID chairId;
    UUID minuteTakerId;
    final List<Meeting.Guest> guests;
    final Map<UUID, Meeting.RollCallEntry> rollCall = new LinkedHashMap<>();
    final List<Meeting.AgendaPart> agenda;
    final List<Meeting.Contribution> contributions;
    final List<Meeting.Vote> votes;
    final List<Meeting.TaskAssignment> tasks;
    final Map<UUID, Meeting.TaskFollowUp> followUps = new LinkedHashMap<>();
    String conclusion;
    String duesStatus;
    final Map<String, Integer> selfScores;

    MeetingDraft(Meeting m) {
        id = m.id();
        kind = m.kind();
        topic = m.topic();
        date = m.date();
        startTime = m.startTime();
        endTime = m.endTime();
        place = m.place();
        chairId = m.chairId();
        minuteTakerId = m.minuteTakerId();
        guests = new ArrayList<>(m.guests());
        m.rollCall().forEach(r -> rollCall.put(r.memberId(), r));
        agenda = new ArrayList<>(m.agenda());
        contributions = new ArrayList<>(m.contributions());
        votes = new ArrayList<>(m.votes());
        tasks = new ArrayList<>(m.tasks());
        m.followUps().forEach(f -> followUps.put(f.taskId(), f));
        conclusion = m.conclusion();
        duesStatus = m.duesStatus();
        selfScores = new HashMap<>(m.selfScores());
    }

    Meeting toMeeting() {
        return new Meeting(id, kind, topic, date, startTime, endTime, place, chairId, minuteTakerId, guests,
                List.copyOf(rollCall.values()), agenda, contributions, votes, tasks, List.copyOf(followUps.values()),
                conclusion, selfScores, duesStatus, null);
    }
}

package vn.sochibo.ui.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.MeetingSummary;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * The meetings list (newest first), the open tasks of the last finalized meeting that no meeting has
 * followed up yet, and the creation of a new draft with the agenda of its kind.
 */
public final class MeetingsViewModel {
    /** One meeting as listed. */
    public record Row(UUID id, String date, String kind, String state) {
    }

    /** One open task: its line and whether its deadline has passed. */
    public record OpenTask(String text, boolean overdue) {
    }

    private final MeetingService meetings;
    private final MemberService members;
    private final CellService cell;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<OpenTask> openTasks = FXCollections.observableArrayList();

    public MeetingsViewModel(MeetingService meetings, MemberService members, CellService cell,
            SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors) {
        this.meetings = meetings;
        this.settings = settings;
        this.members = members;
        this.cell = cell;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
    }

    private record Snapshot(List<MeetingSummary> meetings, List<Meeting.TaskAssignment> openTasks,
            List<Member> members, LocalDate today) {
    }

    public void refresh() {
        refresh(() -> { });
    }

    public void refresh(Runnable then) {
        tasks.run(() -> new Snapshot(meetings.summaries(), meetings.openTasks(), members.all(),
                members.today()), s -> {
            apply(s);
            then.run();
        }, errors::report);
    }

    private void apply(Snapshot s) {
        rows.setAll(s.meetings().stream()
                .sorted(Comparator.comparing(MeetingSummary::date).thenComparing(MeetingSummary::id).reversed())
                .map(m -> new Row(m.id(), DateText.format(m.date()), MeetingText.kind(text, m.kind()),
                        MeetingText.state(text, m.finalization())))
                .toList());
        Map<UUID, Member> byId = s.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        openTasks.setAll(s.openTasks().stream().map(t -> {
            String who = t.assigneeIds().stream().map(id -> Optional.ofNullable(byId.get(id)).map(Member::fullName)
                    .orElse("")).collect(Collectors.joining(", "));
            boolean overdue = t.deadline() != null && t.deadline().isBefore(s.today());
            String line = t.deadline() == null ? text.format("tasks.summary", t.description(), who)
                    : text.format("tasks.summary.deadline", t.description(), who, DateText.format(t.deadline()));
            return new OpenTask(overdue ? text.format("openTasks.overdue", line) : line, overdue);
        }).toList());
    }

    /** Creates a draft of the given kind and hands it over once saved; a refusal goes to {@code onRefused}. */
    public void create(MeetingKind kind, LocalDate date, String topic, Consumer<Meeting> onCreated,
            Consumer<Throwable> onRefused) {
        tasks.run(() -> meetings.saveDraft(newDraft(kind, date, topic)), created -> refresh(() -> onCreated.accept(created)),
                onRefused);
    }

    private Meeting newDraft(MeetingKind kind, LocalDate date, String topic) {
        Optional<CellProfile> profile = cell.profile();
        Map<UUID, Member> byId = members.all().stream().collect(Collectors.toMap(Member::id, Function.identity()));
        UUID chair = profile.map(CellProfile::secretaryId).filter(id -> onRoster(byId.get(id), date)).orElse(null);
        UUID taker = profile.map(p -> {
            List<UUID> candidates = new ArrayList<>(p.committeeMemberIds());
            if (p.deputyId() != null) {
                candidates.add(p.deputyId());
            }
            return candidates.stream().filter(id -> onRoster(byId.get(id), date)).findFirst().orElse(null);
        }).orElse(null);
        return new Meeting(Ids.newId(), kind, kind.hasTopic() ? topic : null, date, null, null, null, chair, taker,
                List.of(), List.of(), agendaFor(kind, topic), List.of(), List.of(), List.of(), List.of(), null,
                Map.of(), null);
    }

    private static boolean onRoster(Member m, LocalDate day) {
        return m != null && m.statusOn(day).isOnRoster();
    }

    /** The agenda parts a meeting of this kind starts with: the secretary's template for it, or the built-in one. */
    List<Meeting.AgendaPart> agendaFor(MeetingKind kind, String topic) {
        return AgendaTemplates.titlesFor(text, kind, settings.agendaTemplate(kind), topic).stream()
                .map(t -> new Meeting.AgendaPart(Ids.newId(), t, "")).toList();
    }

    public LocalDate today() {
        return members.today();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<OpenTask> openTasks() {
        return openTasks;
    }
}

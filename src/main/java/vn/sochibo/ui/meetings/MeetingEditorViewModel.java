package vn.sochibo.ui.meetings;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingDocuments;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingStandards;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteThresholds;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.FieldErrors;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * One meeting in the editor: the header fields, the sections (roll call, contributions, votes, tasks and
 * follow-ups, self-score), the live totals, and the continuous saving of a draft. Text typed is saved
 * shortly after typing stops (through the {@link Debouncer}) and when a field loses focus; a mark, an added
 * line or a removed one is saved at once. A finalized meeting is shown read-only.
 */
public final class MeetingEditorViewModel {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final MeetingService meetings;
    private final MemberService members;
    private final MeetingDocuments documents;
    private final SettingsService settings;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final Debouncer debouncer;
    private final Clock clock;
    /** The sheet the meeting shown is scored on (settings, ADR 0006). */
    private SelfScoreSheet sheet = SelfScoreSheet.standard();

    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saveRefused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AttendanceCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper("");
    private VoteThresholds thresholds = VoteThresholds.defaults();
    private MeetingStandards standards = MeetingStandards.defaults();

    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObjectProperty<Member> chair = new SimpleObjectProperty<>();
    private final ObjectProperty<Member> minuteTaker = new SimpleObjectProperty<>();
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final StringProperty duesStatus = new SimpleStringProperty("");
    private final BooleanProperty hasTopic = new SimpleBooleanProperty(false);
    private final ObservableList<Member> roster = FXCollections.observableArrayList();
    private final ObservableList<Meeting.AgendaPart> agenda = FXCollections.observableArrayList();
    private final FieldErrors fieldErrors;

    private final RollCallModel rollCall;
    private final ContributionsModel contributions;
    private final GuestsModel guests;
    private final VotesModel votes;
    private final TasksModel taskList;
    private final ScoreModel score;
    private final CorrectionsModel corrections;

    private MeetingDraft draft;
    private List<Member> allMembers = List.of();
    private Map<UUID, Member> membersById = Map.of();
    private boolean loading;
    private boolean typedWrong;
    private LocalTime shownStart;
    private LocalTime shownEnd;
    private UUID shownChair;
    private UUID shownMinuteTaker;
    private Runnable onFinalized = () -> { };

    public MeetingEditorViewModel(MeetingService meetings, MemberService members, MeetingDocuments documents,
            SettingsService settings, TaskRunner tasks, UiText text, ErrorReporter errors, Debouncer debouncer,
            Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.documents = documents;
        this.settings = settings;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.debouncer = debouncer;
        this.clock = clock;
        this.fieldErrors = new FieldErrors(text, "date", "startTime", "endTime", "place", "topic", "chairId",
                "minuteTakerId", "conclusion");
        this.rollCall = new RollCallModel(this, text);
        this.contributions = new ContributionsModel(this, text);
        this.guests = new GuestsModel(this, text);
        this.votes = new VotesModel(this, text);
        this.taskList = new TasksModel(this, text);
        this.score = new ScoreModel(this, text, sheet);
        this.corrections = new CorrectionsModel(meetings, tasks, text, errors, clock);
        meeting.addListener((obs, old, shown) -> corrections.show(shown));
        for (ObservableValue<?> field : List.of(date, startTime, endTime, place, topic, chair, minuteTaker,
                conclusion, duesStatus)) {
            field.addListener((obs, old, value) -> headerChanged(field == chair || field == minuteTaker));
        }
    }

    private record Loaded(Meeting meeting, List<Member> members, List<Meeting.TaskAssignment> toFollowUp,
            AttendanceCounts counts, VoteThresholds thresholds, MeetingStandards standards, List<Problem> warnings, SelfScoreSheet sheet) {
    }

    /** The totals and the warnings (too short, low attendance, …) of the meeting as it stands. */
    private record Totals(AttendanceCounts counts, List<Problem> warnings) {
    }

    /** Loads a meeting into the editor (first saving what is pending for the one shown). */
    public void load(UUID id) {
        flush();
        tasks.run(() -> {
            Meeting m = meetings.find(id).orElseThrow();
            MeetingStandards meetingStandards = settings.meetingStandards();
            return new Loaded(m, members.all(), meetings.tasksToFollowUp(m), meetings.counts(m), settings.voteThresholds(),
                    meetingStandards, meetings.warnings(m, meetingStandards), settings.scoreSheetFor(m.selfScores()));
        }, this::apply, errors::report);
    }

    private void apply(Loaded loaded) {
        loading = true;
        try {
            Meeting m = loaded.meeting();
            draft = new MeetingDraft(m);
            thresholds = loaded.thresholds();
            standards = loaded.standards();
            sheet = loaded.sheet();
            allMembers = loaded.members();
            membersById = allMembers.stream().collect(Collectors.toMap(Member::id, Function.identity()));
            meeting.set(m);
            readOnly.set(m.isFinalized());
            hasTopic.set(m.kind().hasTopic());
            fieldErrors.clear();
            typedWrong = false;
            saveStatus.set("");
            saveRefused.set(false);
            date.set(DateText.format(m.date()));
            startTime.set(m.startTime() == null ? "" : HH_MM.format(m.startTime()));
            endTime.set(m.endTime() == null ? "" : HH_MM.format(m.endTime()));
            place.set(nullToEmpty(m.place()));
            topic.set(nullToEmpty(m.topic()));
            conclusion.set(nullToEmpty(m.conclusion()));
            duesStatus.set(nullToEmpty(m.duesStatus()));
            rosterChanged();
            chair.set(membersById.get(m.chairId()));
            minuteTaker.set(membersById.get(m.minuteTakerId()));
            agenda.setAll(draft.agenda);
            guests.reload();
            contributions.reload();
            votes.reload();
            taskList.reload(loaded.toFollowUp());
            score.reload(sheet);
            shownStart = m.startTime();
            shownEnd = m.endTime();
            shownChair = m.chairId();
            shownMinuteTaker = m.minuteTakerId();
            setTotals(new Totals(loaded.counts(), loaded.warnings()));
            updateTitle();
        } finally {
            loading = false;
        }
    }

    private void rosterChanged() {
        LocalDate day = draft.date;
        roster.setAll(allMembers.stream().filter(x -> x.statusOn(day).isOnRoster()).toList());
        rollCall.reload(allMembers, day);
    }

    private void updateTitle() {
        Meeting m = meeting.get();
        title.set(text.format("editor.title", MeetingText.kind(text, m.kind()).toLowerCase(java.util.Locale.forLanguageTag("vi")),
                DateText.format(draft.date)));
        state.set(MeetingText.state(text, m));
    }

    // ---- header fields ----

    private void headerChanged(boolean discrete) {
        if (loading || draft == null || readOnly.get()) {
            return;
        }
        fieldErrors.clear();
        LocalDate day = fieldErrors.parseDate("date", date.get());
        if (day == null && fieldErrors.of("date").get().isEmpty()) {
            fieldErrors.add("date", text.text("editor.error.dateRequired"));
        }
        LocalTime start = parseTime("startTime", startTime.get());
        LocalTime end = parseTime("endTime", endTime.get());
        if (day != null && !day.equals(draft.date)) {
            draft.date = day;
            rosterChanged();
            refreshCounts();
            updateTitle();
        }
        if (fieldErrors.of("startTime").get().isEmpty()) {
            draft.startTime = start;
        }
        if (fieldErrors.of("endTime").get().isEmpty()) {
            draft.endTime = end;
        }
        draft.place = place.get();
        draft.topic = hasTopic.get() ? topic.get() : null;
        draft.chairId = chair.get() == null ? null : chair.get().id();
        draft.minuteTakerId = minuteTaker.get() == null ? null : minuteTaker.get().id();
        draft.conclusion = conclusion.get();
        draft.duesStatus = duesStatus.get();
        typedWrong = !fieldErrors.isEmpty();
        if (typedWrong) {
            saveRefused.set(true);
            saveStatus.set(text.text("editor.notSaved.fix"));
            return;
        }
        if (discrete) {
            changedNow();
        } else {
            changed();
        }
    }

    private LocalTime parseTime(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace('h', ':').replace('.', ':');
        try {
            String[] parts = t.split(":");
            int h = Integer.parseInt(parts[0].strip());
            int min = parts.length > 1 && !parts[1].isBlank() ? Integer.parseInt(parts[1].strip()) : 0;
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            return LocalTime.of(h, min);
        } catch (RuntimeException e) {
            fieldErrors.add(field, text.format("editor.error.timeFormat", typed.strip()));
            return null;
        }
    }

    /** Updates one agenda part's free text (saved after typing pauses). */
    public void setPartText(int index, String value) {
        if (readOnly.get() || index < 0 || index >= draft.agenda.size()) {
            return;
        }
        Meeting.AgendaPart p = draft.agenda.get(index);
        if (Objects.equals(p.text(), value)) {
            return;
        }
        draft.agenda.set(index, new Meeting.AgendaPart(p.id(), p.title(), value));
        changed();
    }

    /** Updates the free text of the agenda part with this id (saved after typing pauses). */
    public void setPartText(UUID partId, String value) {
        setPartText(partIndex(partId), value);
    }

    /** Where the part with this id stands in the agenda now; -1 when it is not there. */
    public int partIndex(UUID partId) {
        if (draft == null) {
            return -1;
        }
        for (int i = 0; i < draft.agenda.size(); i++) {
            if (draft.agenda.get(i).id().equals(partId)) {
                return i;
            }
        }
        return -1;
    }

    /** Adds an agenda part at the end. */
    public void addPart(String partTitle) {
        String clean = vn.sochibo.domain.common.Text.clean(partTitle);
        if (readOnly.get() || draft == null || clean == null) {
            return;
        }
        Meeting.AgendaPart part = new Meeting.AgendaPart(vn.sochibo.domain.common.Ids.newId(), clean, "");
        draft.agenda.add(part);
        agendaChanged();
    }

    /** Renames an agenda part; a blank title is refused (false) and the part keeps its name. */
    public boolean renamePart(int index, String newTitle) {
        String clean = vn.sochibo.domain.common.Text.clean(newTitle);
        if (readOnly.get() || draft == null || index < 0 || index >= draft.agenda.size() || clean == null) {
            return false;
        }
        Meeting.AgendaPart p = draft.agenda.get(index);
        if (!clean.equals(p.title())) {
            draft.agenda.set(index, new Meeting.AgendaPart(p.id(), clean, p.text()));
            agendaChanged();
        }
        return true;
    }

    /**
     * Moves an agenda part up (-1) or down (+1); the minutes print the parts in this order. Returns the part's
     * new position (unchanged at either end).
     */
    public int movePart(int index, int by) {
        if (readOnly.get() || draft == null || index < 0 || index >= draft.agenda.size()) {
            return index;
        }
        int to = Math.max(0, Math.min(draft.agenda.size() - 1, index + by));
        if (to != index) {
            draft.agenda.add(to, draft.agenda.remove(index));
            agendaChanged();
        }
        return to;
    }

    /** What goes with an agenda part if it is removed: its title, its contributions, whether it has text. */
    public record PartRemoval(String title, int contributions, boolean hasText) {
        /** Nothing recorded in it: it can go without asking. */
        public boolean isEmpty() {
            return contributions == 0 && !hasText;
        }
    }

    public PartRemoval partRemoval(int index) {
        Meeting.AgendaPart p = draft.agenda.get(index);
        int said = (int) draft.contributions.stream().filter(c -> p.id().equals(c.partId())).count();
        return new PartRemoval(p.title(), said, !vn.sochibo.domain.common.Text.isBlank(p.text()));
    }

    /**
     * Removes an agenda part together with its text and its contributions (the view asks first when there is
     * any: {@link #partRemoval(int)}).
     */
    public void removePart(int index) {
        if (readOnly.get() || draft == null || index < 0 || index >= draft.agenda.size()) {
            return;
        }
        Meeting.AgendaPart p = draft.agenda.remove(index);
        draft.contributions.removeIf(c -> p.id().equals(c.partId()));
        agendaChanged();
    }

    /** The parts were added, renamed, moved or removed: show them as the draft has them and save at once. */
    private void agendaChanged() {
        agenda.setAll(draft.agenda);
        contributions.partsChanged();
        changedNow();
    }

    // ---- saving ----

    /** Something was typed: save once typing pauses. */
    void changed() {
        if (!readOnly.get() && draft != null) {
            debouncer.schedule(this::saveNow);
        }
    }

    /** A discrete change (a mark, an added line): save now. */
    void changedNow() {
        if (!readOnly.get() && draft != null) {
            debouncer.cancel();
            saveNow();
        }
    }

    /** Saves what is pending now (a field lost focus, another meeting is opened, the area is left). */
    public void flush() {
        debouncer.flush();
    }

    private void saveNow() {
        if (draft == null || readOnly.get()) {
            return;
        }
        Meeting m = draft.toMeeting();
        tasks.run(() -> meetings.saveDraft(m), saved -> {
            if (typedWrong) {
                // The other fields were saved; the one typed wrong still waits for a correction.
                return;
            }
            fieldErrors.clear();
            saveRefused.set(false);
            saveStatus.set(text.format("editor.saved", SAVED_AT.format(LocalTime.now(clock))));
            // The totals and the warnings (an end before the start, a chair not on the roster, …) follow the
            // header fields they depend on.
            if (!Objects.equals(saved.startTime(), shownStart) || !Objects.equals(saved.endTime(), shownEnd)
                    || !Objects.equals(saved.chairId(), shownChair)
                    || !Objects.equals(saved.minuteTakerId(), shownMinuteTaker)) {
                refreshCounts();
            }
        }, failure -> {
            saveRefused.set(true);
            if (failure instanceof ValidationException refused) {
                fieldErrors.show(refused.problems());
                saveStatus.set(text.format("editor.notSaved", describe(refused.problems())));
            } else {
                saveStatus.set(text.format("editor.notSaved", text.describe(failure)));
            }
        });
    }

    void refreshCounts() {
        if (draft == null) {
            return;
        }
        Meeting m = draft.toMeeting();
        shownStart = m.startTime();
        shownEnd = m.endTime();
        shownChair = m.chairId();
        shownMinuteTaker = m.minuteTakerId();
        MeetingStandards meetingStandards = standards;
        tasks.run(() -> new Totals(meetings.counts(m), meetings.warnings(m, meetingStandards)), this::setTotals,
                errors::report);
    }

    private void setTotals(Totals totals) {
        warnings.set(totals.warnings().stream().map(text::describe).distinct()
                .map(w -> text.format("editor.warning", w)).collect(Collectors.joining("\n")));
        AttendanceCounts c = totals.counts();
        counts.set(c);
        countsText.set(text.format("rollCall.counts", c.present(), c.expected(), c.absentWithReason(),
                c.absentWithoutReason(), c.base(), c.eligibleVoters(),
                String.format("%.0f", c.attendanceRatePercent())));
    }

    String describe(List<Problem> problems) {
        return problems.stream().map(text::describe).distinct().collect(Collectors.joining(" "));
    }

    // ---- finalizing and printing ----

    /**
     * Saves the draft as it stands and finalizes it. A refusal is handed to {@code onRefused} as the list of
     * what the minutes still lack, in words.
     */
    public void finalizeMeeting(Consumer<List<String>> onRefused) {
        if (draft == null || readOnly.get()) {
            return;
        }
        debouncer.cancel();
        Meeting m = draft.toMeeting();
        tasks.run(() -> {
            meetings.saveDraft(m);
            return meetings.finalize(m.id(), sheet);
        }, done -> {
            load(done.id());
            onFinalized.run();
        }, failure -> {
            if (failure instanceof ValidationException refused) {
                onRefused.accept(refused.problems().stream().map(text::describe).distinct().toList());
            } else {
                errors.report(failure);
            }
        });
    }

    public void setOnFinalized(Runnable action) {
        onFinalized = action;
    }

    /** Default file names: "bien-ban-2026-11-03.pdf", "nghi-quyet-2026-11-03.pdf". */
    public String minutesFileName() {
        return "bien-ban-" + draft.date + ".pdf";
    }

    public String resolutionFileName() {
        return "nghi-quyet-" + draft.date + ".pdf";
    }

    /** The minutes for the print preview (what is pending is saved first; the PDF is rendered by the preview). */
    public PrintableDocument minutesForPrint() {
        return printable("preview.minutes.title", minutesFileName(), documents::writeMinutesPdf);
    }

    public PrintableDocument resolutionForPrint() {
        return printable("preview.resolution.title", resolutionFileName(), documents::writeResolutionPdf);
    }

    private interface PdfWriter {
        void write(UUID id, OutputStream out);
    }

    private PrintableDocument printable(String titleKey, String fileName, PdfWriter writer) {
        flush();
        UUID id = draft.id;
        String kind = MeetingText.kind(text, meeting.get().kind()).toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return new PrintableDocument(text.format(titleKey, kind, DateText.format(draft.date)), fileName, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(id, out);
            return out.toByteArray();
        });
    }

    // ---- what sections use ----

    MeetingDraft draft() {
        return draft;
    }

    Member member(UUID id) {
        return membersById.get(id);
    }

    String memberName(UUID id) {
        Member m = membersById.get(id);
        return m == null ? "" : m.fullName();
    }

    List<Member> allMembers() {
        return allMembers;
    }

    boolean isLoading() {
        return loading;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty saveRefusedProperty() {
        return saveRefused.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttendanceCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What the secretary should know without being stopped: one warning a line, empty when none. */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    VoteThresholds thresholds() {
        return thresholds;
    }

    public ReadOnlyStringProperty countsTextProperty() {
        return countsText.getReadOnlyProperty();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public BooleanProperty hasTopicProperty() {
        return hasTopic;
    }

    public ObjectProperty<Member> chairProperty() {
        return chair;
    }

    public ObjectProperty<Member> minuteTakerProperty() {
        return minuteTaker;
    }

    /** The dues status line (tình hình thu, nộp đảng phí) of the minutes. */
    public StringProperty duesStatusProperty() {
        return duesStatus;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public ObservableList<Member> roster() {
        return roster;
    }

    public ObservableList<Meeting.AgendaPart> agenda() {
        return agenda;
    }

    public FieldErrors errors() {
        return fieldErrors;
    }

    public RollCallModel rollCall() {
        return rollCall;
    }

    public ContributionsModel contributions() {
        return contributions;
    }

    public GuestsModel guests() {
        return guests;
    }

    public VotesModel votes() {
        return votes;
    }

    public TasksModel tasks() {
        return taskList;
    }

    /** The correction addenda of the meeting shown, once it is finalized. */
    public CorrectionsModel corrections() {
        return corrections;
    }

    public ScoreModel score() {
        return score;
    }

    UiText text() {
        return text;
    }
}

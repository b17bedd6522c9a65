package vn.sochibo.ui.reviews;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.review.ReviewDocuments;
import vn.sochibo.application.review.ReviewRepository.PeriodSummary;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews.HistoryRow;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.application.review.ReviewViews.YearLevels;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * The "Kiểm điểm" area: the periods (create, rename, delete a draft), who takes part with the proposed exemptions and
 * the secretary's overrides, the review meeting (date, place, chair, minute-taker, roll call, comments, conclusion),
 * finalizing after the warnings, the upper committee's final levels, each member's last three years, and printing.
 * Everything is read and stored off the UI thread; every refusal comes back in words and changes nothing.
 */
public final class ReviewsViewModel {
    /** A period in the chooser. */
    public record PeriodRow(UUID id, String label, PeriodKind kind, int year, boolean finalized) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A member of the period's roster with the proposal, the override and the levels so far. */
    public record ParticipantRow(UUID memberId, String name, String status, String proposal, String override,
            boolean included, String inclusion, String selfLevel, String scoreLevel, String cellLevel,
            String finalLevel, boolean hasFinalLevel, boolean overridden) {
    }

    /** One member's levels in the last three years (oldest first). */
    public record HistoryLine(String name, List<String> years) {
    }

    /** A member offered as chair, minute-taker or speaker; {@code id} null is "nobody" (or a guest). */
    public record Choice(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A line of the review meeting's roll call. */
    public static final class RollRow {
        private final UUID memberId;
        private final String name;
        private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>();
        private final StringProperty reason = new SimpleStringProperty("");

        RollRow(UUID memberId, String name) {
            this.memberId = memberId;
            this.name = name;
        }

        public UUID memberId() {
            return memberId;
        }

        public String name() {
            return name;
        }

        public ObjectProperty<Attendance> attendanceProperty() {
            return attendance;
        }

        public StringProperty reasonProperty() {
            return reason;
        }
    }

    /** A comment as the list shows it. */
    public record CommentRow(ReviewPeriod.Comment comment, String line) {
        @Override
        public String toString() {
            return line;
        }
    }

    private record Loaded(List<PeriodSummary> periods, ReviewPeriod period, List<Participant> participants,
            Summary summary, List<HistoryRow> history) {
    }

    private final ReviewService reviews;
    private final ReviewDocuments documents;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;

    private final ObservableList<PeriodRow> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodRow> selectedPeriod = new SimpleObjectProperty<>();
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final ObjectProperty<ParticipantRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final ObservableList<String> historyYears = FXCollections.observableArrayList();
    private final ObservableList<Choice> members = FXCollections.observableArrayList();
    private final ObservableList<RollRow> rollCall = FXCollections.observableArrayList();
    private final ObservableList<CommentRow> comments = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty meetingDate = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<Choice> chair = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> minuteTaker = new SimpleObjectProperty<>();
    private final StringProperty conclusion = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper periodInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meetingProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper finalized = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPeriod = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty meetingDirty = new SimpleBooleanProperty(false);

    private ReviewPeriod period;
    private boolean applying;

    public ReviewsViewModel(ReviewService reviews, ReviewDocuments documents, TaskRunner tasks, UiText text,
            ErrorReporter errors) {
        this.reviews = reviews;
        this.documents = documents;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        selectedPeriod.addListener((obs, old, now) -> {
            if (!applying && now != null && (old == null || !old.id().equals(now.id()))) {
                // What was typed in the review meeting of the period left is stored first.
                saveMeeting(() -> load(now.id(), () -> { }));
            }
        });
        javafx.beans.InvalidationListener edit = o -> {
            if (!applying) {
                meetingDirty.set(true);
            }
        };
        title.addListener(edit);
        meetingDate.addListener(edit);
        place.addListener(edit);
        chair.addListener(edit);
        minuteTaker.addListener(edit);
        conclusion.addListener(edit);
        comments.addListener(edit);
    }

    // ---- loading ----

    /** Reads the periods and shows the one chosen (this year's by default, else the latest). */
    public void refresh() {
        refresh(() -> { });
    }

    public void refresh(Runnable then) {
        load(selectedPeriod.get() == null ? null : selectedPeriod.get().id(), then);
    }

    private void load(UUID wanted, Runnable then) {
        int thisYear = reviews.today().getYear();
        tasks.run(() -> {
            List<PeriodSummary> all = reviews.periods();
            UUID id = wanted;
            if (id == null || all.stream().noneMatch(s -> s.id().equals(wanted))) {
                id = all.stream().filter(s -> s.kind() == PeriodKind.YEAR && s.year() == thisYear)
                        .map(PeriodSummary::id).findFirst()
                        .orElse(all.isEmpty() ? null : all.get(all.size() - 1).id());
            }
            if (id == null) {
                return new Loaded(all, null, List.of(), null, List.of());
            }
            ReviewPeriod p = reviews.find(id).orElseThrow();
            return new Loaded(all, p, reviews.participants(id), reviews.summary(id), reviews.history(p.year()));
        }, l -> {
            apply(l);
            then.run();
        }, errors::report);
    }

    private void apply(Loaded l) {
        applying = true;
        try {
            List<PeriodRow> rows = new ArrayList<>();
            for (PeriodSummary s : l.periods()) {
                String state = s.finalized() ? text.format("reviewScreen.period.finalized", s.number())
                        : text.text("reviewScreen.period.draft");
                String label = s.kind() == PeriodKind.YEAR
                        ? text.format("reviewScreen.period.label.year", s.year(), state)
                        : text.format("reviewScreen.period.label", ReviewText.kind(text, s.kind()),
                                DateText.format(s.startDate()), DateText.format(s.endDate()), state);
                rows.add(new PeriodRow(s.id(), label, s.kind(), s.year(), s.finalized()));
            }
            // Newest first in the chooser.
            java.util.Collections.reverse(rows);
            periods.setAll(rows);
            period = l.period();
            hasPeriod.set(period != null);
            if (period == null) {
                selectedPeriod.set(null);
                participants.clear();
                history.clear();
                rollCall.clear();
                comments.clear();
                finalized.set(false);
                periodInfo.set(text.text("reviewScreen.noPeriod"));
                counts.set("");
                return;
            }
            selectedPeriod.set(rows.stream().filter(r -> r.id().equals(period.id())).findFirst().orElse(null));
            finalized.set(period.isFinalized());
            periodInfo.set(text.format("reviewScreen.period.info", period.title(), ReviewText.kind(text, period.kind()),
                    DateText.format(period.startDate()), DateText.format(period.endDate()),
                    period.isFinalized() ? text.format("reviewScreen.period.finalized", period.finalization().number())
                            : text.text("reviewScreen.period.draft")));
            applyParticipants(l.participants(), l.summary());
            applyMeeting(l.participants());
            applyHistory(l.history(), period.year());
            meetingDirty.set(false);
        } finally {
            applying = false;
        }
    }

    private void applyParticipants(List<Participant> list, Summary summary) {
        Map<UUID, SummaryRow> levels = new HashMap<>();
        summary.rows().forEach(r -> levels.put(r.memberId(), r));
        UUID keep = selected.get() == null ? null : selected.get().memberId();
        List<ParticipantRow> rows = new ArrayList<>();
        for (Participant x : list) {
            SummaryRow s = levels.get(x.memberId());
            MemberReview.Inclusion o = x.override();
            String override = o == null ? "" : text.format(o.included() ? "reviewScreen.override.included"
                    : "reviewScreen.override.excluded", o.reason());
            rows.add(new ParticipantRow(x.memberId(), x.fullName(), text.status(x.status()),
                    ReviewText.exemption(text, x.proposedExemption()), override, x.included(),
                    text.text(x.included() ? "reviewScreen.included" : "reviewScreen.excluded"),
                    s == null ? "" : ReviewText.shortLevel(text, s.selfLevel()),
                    s == null ? "" : ReviewText.shortLevel(text, s.scoreLevel()),
                    s == null ? "" : ReviewText.shortLevel(text, s.cellLevel()),
                    s == null ? "" : ReviewText.shortLevel(text, s.finalLevel()),
                    s != null && s.finalLevel() != null, o != null));
        }
        participants.setAll(rows);
        selected.set(rows.stream().filter(r -> r.memberId().equals(keep)).findFirst().orElse(null));
        long in = rows.stream().filter(ParticipantRow::included).count();
        counts.set(text.format("reviewScreen.counts", in, rows.size() - in,
                summary.cellCounts().count(ReviewLevel.EXCELLENT), summary.cellCounts().count(ReviewLevel.GOOD),
                summary.cellCounts().count(ReviewLevel.COMPLETED),
                summary.cellCounts().count(ReviewLevel.NOT_COMPLETED), summary.cellCounts().unset()));
    }

    private void applyMeeting(List<Participant> list) {
        ReviewPeriod.ReviewMeeting m = period.meeting();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, text.text("reviewScreen.meeting.nobody")));
        list.forEach(x -> choices.add(new Choice(x.memberId(), x.fullName())));
        members.setAll(choices);
        title.set(period.title() == null ? "" : period.title());
        meetingDate.set(m.date() == null ? "" : DateText.format(m.date()));
        place.set(m.place() == null ? "" : m.place());
        chair.set(choices.stream().filter(c -> Objects.equals(c.id(), m.chairId())).findFirst().orElse(choices.get(0)));
        minuteTaker.set(choices.stream().filter(c -> Objects.equals(c.id(), m.minuteTakerId())).findFirst()
                .orElse(choices.get(0)));
        conclusion.set(m.conclusion() == null ? "" : m.conclusion());
        Map<UUID, Meeting.RollCallEntry> marks = new HashMap<>();
        m.rollCall().forEach(r -> marks.put(r.memberId(), r));
        List<RollRow> roll = new ArrayList<>();
        for (Participant x : list) {
            RollRow row = new RollRow(x.memberId(), x.fullName());
            Meeting.RollCallEntry e = marks.get(x.memberId());
            if (e != null) {
                row.attendance.set(e.attendance());
                row.reason.set(e.reason() == null ? "" : e.reason());
            }
            javafx.beans.InvalidationListener edit = o -> {
                if (!applying) {
                    meetingDirty.set(true);
                }
            };
            row.attendance.addListener(edit);
            row.reason.addListener(edit);
            roll.add(row);
        }
        rollCall.setAll(roll);
        comments.setAll(m.comments().stream().map(this::commentRow).toList());
    }

    private CommentRow commentRow(ReviewPeriod.Comment c) {
        String speaker = c.speakerMemberId() == null ? c.speakerName() : nameOf(c.speakerMemberId());
        String about = c.aboutMemberId() == null ? text.text("reviewScreen.comment.general")
                : nameOf(c.aboutMemberId());
        return new CommentRow(c, text.format("reviewScreen.comment.line", speaker, about, c.text()));
    }

    private String nameOf(UUID id) {
        return members.stream().filter(c -> id.equals(c.id())).map(Choice::name).findFirst().orElse("?");
    }

    private void applyHistory(List<HistoryRow> rows, int year) {
        historyYears.setAll(List.of(String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year)));
        List<HistoryLine> lines = new ArrayList<>();
        for (HistoryRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (int y = year - 2; y <= year; y++) {
                int yy = y;
                YearLevels l = r.years().stream().filter(x -> x.year() == yy).findFirst().orElse(null);
                if (l == null) {
                    cells.add("");
                } else if (!l.included()) {
                    cells.add(text.text("reviewScreen.history.notReviewed"));
                } else {
                    ReviewLevel shown = l.finalLevel() != null ? l.finalLevel() : l.cellLevel();
                    cells.add(shown == null ? text.text("reviewScreen.history.inProgress")
                            : l.finalLevel() != null ? ReviewText.level(text, shown)
                                    : text.format("reviewScreen.history.proposed", ReviewText.level(text, shown)));
                }
            }
            lines.add(new HistoryLine(r.fullName(), cells));
        }
        history.setAll(lines);
    }

    // ---- periods ----

    /**
     * Creates a period: a year's (its year typed) or a term, quarter or ad hoc one over the dates typed. A refusal
     * goes to {@code problem} in words and nothing is created.
     */
    public void createPeriod(PeriodKind kind, String yearText, String startText, String endText, String newTitle,
            Runnable done, Consumer<String> problem) {
        LocalDate start;
        LocalDate end;
        int year = 0;
        try {
            if (kind == PeriodKind.YEAR) {
                year = Integer.parseInt(yearText == null ? "" : yearText.strip());
                if (year < 1930 || year > 9999) {
                    throw new NumberFormatException();
                }
                start = null;
                end = null;
            } else {
                start = DateText.parse(startText);
                end = DateText.parse(endText);
            }
        } catch (NumberFormatException e) {
            problem.accept(text.text("reviewScreen.new.error.year"));
            return;
        } catch (DateTimeParseException e) {
            problem.accept(text.text("reviewScreen.new.error.date"));
            return;
        }
        int y = year;
        tasks.run(() -> kind == PeriodKind.YEAR ? reviews.createYear(y, newTitle)
                : reviews.create(kind, start, end, newTitle), p -> {
                    message.set(text.text("reviewScreen.new.done"));
                    load(p.id(), done);
                }, f -> problem.accept(text.describe(f)));
    }

    /** The title a new year's period is given by default. */
    public String defaultTitle(PeriodKind kind, String yearText) {
        return kind == PeriodKind.YEAR ? text.format("reviewScreen.new.defaultTitle", yearText == null ? "" : yearText)
                : text.text("reviewScreen.new.defaultTitleOther");
    }

    /** The year proposed for a new year's period: this year, or the next one without a review. */
    public int proposedYear() {
        int y = reviews.today().getYear();
        while (true) {
            int yy = y;
            if (periods.stream().noneMatch(p -> p.kind() == PeriodKind.YEAR && p.year() == yy)) {
                return y;
            }
            y++;
        }
    }

    /** Deletes the draft period shown (asked for first by the view). */
    public void deletePeriod(Runnable then) {
        if (period == null || period.isFinalized()) {
            return;
        }
        UUID id = period.id();
        tasks.run(() -> {
            reviews.delete(id);
            return id;
        }, x -> {
            selectedPeriod.set(null);
            message.set(text.text("reviewScreen.delete.done"));
            load(null, then);
        }, errors::report);
    }

    // ---- participants ----

    /** Includes or leaves out the member chosen against the proposal, with a reason (refused without one). */
    public void setInclusion(UUID memberId, boolean include, String reason, Runnable done, Consumer<String> problem) {
        if (period == null) {
            return;
        }
        UUID id = period.id();
        tasks.run(() -> reviews.setInclusion(id, memberId, new MemberReview.Inclusion(include, reason)),
                r -> refresh(done), f -> problem.accept(text.describe(f)));
    }

    /** Goes back to the default proposal for the member. */
    public void resetInclusion(UUID memberId, Runnable done) {
        if (period == null) {
            return;
        }
        UUID id = period.id();
        tasks.run(() -> reviews.setInclusion(id, memberId, null), r -> refresh(done), errors::report);
    }

    // ---- the review meeting ----

    /** Marks everyone on the roll call present who has no mark yet. */
    public void markAllPresent() {
        rollCall.stream().filter(r -> r.attendance.get() == null).forEach(r -> r.attendance.set(Attendance.PRESENT));
    }

    public void addComment(Choice speaker, Choice about, String said, Consumer<String> problem) {
        if (said == null || said.isBlank()) {
            problem.accept(text.text("reviewScreen.comment.error.text"));
            return;
        }
        if (speaker == null || speaker.id() == null) {
            problem.accept(text.text("reviewScreen.comment.error.speaker"));
            return;
        }
        comments.add(commentRow(new ReviewPeriod.Comment(Ids.newId(), about == null ? null : about.id(), speaker.id(),
                null, said)));
        problem.accept("");
    }

    public void removeComment(CommentRow row) {
        comments.remove(row);
    }

    /** Stores the title and the review meeting as typed; a refusal is shown and nothing is stored. */
    public void saveMeeting(Runnable then) {
        meetingProblem.set("");
        if (period == null || period.isFinalized() || !meetingDirty.get()) {
            then.run();
            return;
        }
        LocalDate date;
        try {
            date = DateText.parse(meetingDate.get());
        } catch (DateTimeParseException e) {
            meetingProblem.set(text.text("reviewScreen.meeting.error.date"));
            return;
        }
        List<Meeting.RollCallEntry> roll = new ArrayList<>();
        for (RollRow r : rollCall) {
            if (r.attendance.get() != null) {
                roll.add(new Meeting.RollCallEntry(r.memberId, r.attendance.get(), r.reason.get()));
            }
        }
        ReviewPeriod.ReviewMeeting old = period.meeting();
        ReviewPeriod.ReviewMeeting m = new ReviewPeriod.ReviewMeeting(date, old.startTime(), old.endTime(),
                place.get(), chair.get() == null ? null : chair.get().id(),
                minuteTaker.get() == null ? null : minuteTaker.get().id(), roll,
                comments.stream().map(CommentRow::comment).toList(), conclusion.get());
        ReviewPeriod changed = new ReviewPeriod(period.id(), period.kind(), period.year(), period.startDate(),
                period.endDate(), title.get(), m, null);
        tasks.run(() -> reviews.save(changed), p -> {
            meetingDirty.set(false);
            message.set(text.text("reviewScreen.meeting.saved"));
            refresh(then);
        }, f -> meetingProblem.set(text.describe(f)));
    }

    // ---- finalizing and final levels ----

    /** The warnings to confirm before finalizing, in words (empty: nothing to warn about). */
    public void warnings(Consumer<List<String>> then) {
        if (period == null) {
            return;
        }
        UUID id = period.id();
        tasks.run(() -> reviews.warnings(id), list -> then.accept(list.stream().map(text::describe).toList()),
                errors::report);
    }

    /** Finalizes the period shown; a refusal (a member without a vote, no chair…) is reported in words. */
    public void finalizePeriod(Runnable then) {
        if (period == null) {
            return;
        }
        UUID id = period.id();
        tasks.run(() -> reviews.finalize(id), p -> {
            message.set(text.format("reviewScreen.finalize.done", p.finalization().number()));
            refresh(then);
        }, errors::report);
    }

    /** Records the upper committee's level for a member of the finalized period; a refusal goes to problem. */
    public void recordFinalLevel(UUID memberId, ReviewLevel level, String decision, String dateText, Runnable done,
            Consumer<String> problem) {
        if (period == null) {
            return;
        }
        LocalDate date;
        try {
            date = DateText.parse(dateText);
        } catch (DateTimeParseException e) {
            problem.accept(text.text("reviewScreen.final.error.date"));
            return;
        }
        UUID id = period.id();
        tasks.run(() -> reviews.recordFinalLevel(id, memberId, level, decision, date), f -> {
            message.set(text.text("reviewScreen.final.done"));
            refresh(done);
        }, f -> problem.accept(text.describe(f)));
    }

    // ---- printing ----

    /** The period's summary table for the upper committee. */
    public PrintableDocument summaryForPrint() {
        ReviewPeriod p = period;
        return new PrintableDocument(text.format("reviewScreen.print.summary.title", p.title()),
                "tong-hop-xep-loai-" + p.year() + ".pdf", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeSummaryPdf(p.id(), out);
                    return out.toByteArray();
                });
    }

    /** The period's review meeting minutes, with the addenda of a finalized period after them. */
    public PrintableDocument minutesForPrint() {
        ReviewPeriod p = period;
        return new PrintableDocument(text.format("reviewScreen.print.minutes.title", p.title()),
                "bien-ban-kiem-diem-" + p.year() + ".pdf", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeMinutesPdf(p.id(), out);
                    return out.toByteArray();
                });
    }

    /** Shows the period {@code id} (a search hit opened); what was typed in the meeting shown is stored first. */
    public void showPeriod(UUID id) {
        saveMeeting(() -> load(id, () -> { }));
    }

    // ---- properties ----

    public ReviewPeriod period() {
        return period;
    }

    public ObservableList<PeriodRow> periods() {
        return periods;
    }

    public ObjectProperty<PeriodRow> selectedPeriodProperty() {
        return selectedPeriod;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public ObjectProperty<ParticipantRow> selectedProperty() {
        return selected;
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    public ObservableList<String> historyYears() {
        return historyYears;
    }

    public ObservableList<Choice> members() {
        return members;
    }

    public ObservableList<RollRow> rollCall() {
        return rollCall;
    }

    public ObservableList<CommentRow> comments() {
        return comments;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty meetingDateProperty() {
        return meetingDate;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<Choice> chairProperty() {
        return chair;
    }

    public ObjectProperty<Choice> minuteTakerProperty() {
        return minuteTaker;
    }

    public StringProperty conclusionProperty() {
        return conclusion;
    }

    public ReadOnlyStringProperty periodInfoProperty() {
        return periodInfo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meetingProblemProperty() {
        return meetingProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finalizedProperty() {
        return finalized.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPeriodProperty() {
        return hasPeriod.getReadOnlyProperty();
    }

    /** The title or the meeting was changed and not stored yet. */
    public BooleanProperty meetingDirtyProperty() {
        return meetingDirty;
    }
}

package vn.sochibo.ui.reviews;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.Observable;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.review.ReviewDocuments;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews.Facts;
import vn.sochibo.application.review.ReviewViews.MemberSheet;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.domain.review.DegradationSign;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewRules;
import vn.sochibo.domain.review.ReviewScoreSheet;
import vn.sochibo.domain.review.SelfReview;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * One member's part of a review: the self-review (sections I–VI typed, or received on paper), the 27 signs, the
 * self-proposed level, the facts from the records (read-only), the scores on the configured sheet with the total and
 * the level they imply worked out as the secretary types, the checklist for "xuất sắc", and the cell's vote with the
 * level it gives. Saving stores the self-review and the scores together, or shows why not (nothing changed); a
 * finalized review is shown read-only.
 */
public final class ReviewSheetViewModel {
    /** One criterion of the score sheet with what is typed for it. */
    public static final class ScoreRow {
        private final ReviewScoreSheet.Criterion criterion;
        private final String label;
        private final StringProperty value = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

        ScoreRow(ReviewScoreSheet.Criterion criterion, String label) {
            this.criterion = criterion;
            this.label = label;
        }

        public ReviewScoreSheet.Criterion criterion() {
            return criterion;
        }

        public String label() {
            return label;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public ReadOnlyStringProperty errorProperty() {
            return error.getReadOnlyProperty();
        }
    }

    /** One line of the xuất sắc checklist: met, not met or unknown (null), and whether the secretary ticks it. */
    public record ConditionRow(ExcellentCondition condition, String label, Boolean met, boolean ticked) {
    }

    private final ReviewService reviews;
    private final ReviewDocuments documents;
    private final TaskRunner tasks;
    private final UiText text;

    private final Map<SelfReview.Section, StringProperty> sections = new EnumMap<>(SelfReview.Section.class);
    private final BooleanProperty onPaper = new SimpleBooleanProperty(false);
    private final StringProperty paperDate = new SimpleStringProperty("");
    private final Map<DegradationSign, BooleanProperty> signs = new EnumMap<>(DegradationSign.class);
    private final ObjectProperty<ReviewLevel> selfLevel = new SimpleObjectProperty<>();
    private final ObservableList<ScoreRow> scores = FXCollections.observableArrayList();
    private final BooleanProperty allTasksDone = new SimpleBooleanProperty(false);
    private final BooleanProperty clearlyBeyond = new SimpleBooleanProperty(false);
    private final ObservableList<ConditionRow> checklist = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ReviewLevel> impliedLevel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper implied = new ReadOnlyStringWrapper("");
    private final StringProperty[] votes = {new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleStringProperty("")};
    private final ReadOnlyStringWrapper voters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper voteProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cellLevel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper finalLevel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);

    private UUID periodId;
    private UUID memberId;
    private String memberName = "";
    private ReviewScoreSheet sheet = ReviewScoreSheet.standard();
    private Facts loadedFacts;
    private int eligible;
    private boolean applying;
    private Runnable onChanged = () -> { };

    public ReviewSheetViewModel(ReviewService reviews, ReviewDocuments documents, TaskRunner tasks, UiText text) {
        this.reviews = reviews;
        this.documents = documents;
        this.tasks = tasks;
        this.text = text;
        for (SelfReview.Section s : SelfReview.Section.values()) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener(this::edited);
            sections.put(s, p);
        }
        for (DegradationSign s : DegradationSign.values()) {
            BooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener(o -> {
                edited(o);
                recompute();
            });
            signs.put(s, p);
        }
        onPaper.addListener(this::edited);
        paperDate.addListener(this::edited);
        selfLevel.addListener(this::edited);
        allTasksDone.addListener(o -> {
            edited(o);
            recompute();
        });
        clearlyBeyond.addListener(o -> {
            edited(o);
            recompute();
        });
    }

    private void edited(Observable o) {
        if (!applying) {
            dirty.set(true);
        }
    }

    /** Called after every stored change (the participants' list reads its levels again). */
    public void setOnChanged(Runnable action) {
        onChanged = action;
    }

    // ---- loading ----

    public void open(UUID period, UUID member, Runnable then) {
        loaded.set(false);
        problem.set("");
        message.set("");
        voteProblem.set("");
        tasks.run(() -> reviews.sheet(period, member), s -> {
            periodId = period;
            memberId = member;
            apply(s);
            then.run();
        }, f -> problem.set(text.describe(f)));
    }

    private void apply(MemberSheet s) {
        applying = true;
        try {
            MemberReview r = s.review();
            memberName = s.participant().fullName();
            title.set(text.format("reviewSheet.title", memberName, s.period().title()));
            readOnly.set(s.period().isFinalized());
            for (SelfReview.Section sec : SelfReview.Section.values()) {
                String t = r.selfReview().text(sec);
                sections.get(sec).set(t == null ? "" : t);
            }
            onPaper.set(r.selfReview().paperReceivedOn() != null);
            paperDate.set(r.selfReview().paperReceivedOn() == null ? DateText.format(reviews.today())
                    : DateText.format(r.selfReview().paperReceivedOn()));
            for (DegradationSign sign : DegradationSign.values()) {
                signs.get(sign).set(r.signs().contains(sign.number()));
            }
            selfLevel.set(r.selfLevel());
            sheet = s.score().sheet();
            loadedFacts = s.facts();
            List<ScoreRow> rows = new ArrayList<>();
            for (ReviewScoreSheet.Criterion c : sheet.criteria()) {
                ScoreRow row = new ScoreRow(c, text.format("reviewSheet.criterion", ReviewText.criterion(text, c),
                        c.maxPoints()));
                BigDecimal v = r.scores().get(c.key());
                row.value.set(v == null ? "" : v.stripTrailingZeros().toPlainString().replace('.', ','));
                row.value.addListener(o -> {
                    edited(o);
                    recompute();
                });
                rows.add(row);
            }
            scores.setAll(rows);
            allTasksDone.set(r.excellentConditions().contains(ExcellentCondition.ALL_TASKS_DONE.name()));
            clearlyBeyond.set(r.excellentConditions().contains(ExcellentCondition.CLEARLY_BEYOND.name()));
            facts.set(factsText(s.facts()));
            applyVote(s);
            finalLevel.set(s.finalLevel() == null ? "" : text.format("reviewSheet.finalLevel",
                    ReviewText.level(text, s.finalLevel().level()), s.finalLevel().decisionNumber(),
                    DateText.format(s.finalLevel().decisionDate())));
            recompute();
            dirty.set(false);
            loaded.set(true);
        } finally {
            applying = false;
        }
    }

    private void applyVote(MemberSheet s) {
        MemberReview r = s.review();
        eligible = s.eligibleVoters();
        voters.set(s.period().meeting().date() == null ? text.text("reviewSheet.voters.noMeeting")
                : text.format("reviewSheet.voters", eligible));
        LevelVote v = r.vote();
        for (ReviewLevel l : ReviewLevel.values()) {
            votes[l.ordinal()].set(v == null ? "" : String.valueOf(v.votesFor(l)));
        }
        cellLevel.set(v == null ? text.text("reviewSheet.cellLevel.noVote")
                : r.cellLevel() == null ? text.text("reviewSheet.cellLevel.noMajority")
                        : ReviewText.level(text, r.cellLevel()));
    }

    private String factsText(Facts f) {
        YearFigures p = f.pledges();
        String pledges = p == null || !p.registered() ? text.text("reviewSheet.facts.noPledge")
                : text.format("reviewSheet.facts.pledge", p.items(), p.completed(), p.counted(), p.overdue());
        return text.format("reviewSheet.facts.line", f.meetingsAttended(), f.meetingsExpected(), f.contributions(),
                f.tasksDone(), f.tasksAssigned(), pledges);
    }

    // ---- the live score ----

    /** Works out the total, the level it implies and the checklist from what is typed now. */
    private void recompute() {
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        boolean unreadable = false;
        for (ScoreRow row : scores) {
            row.error.set("");
            try {
                typedScore(row).ifPresent(score -> typed.put(row.criterion.key(), score));
            } catch (NumberFormatException e) {
                row.error.set(text.text("reviewSheet.error.notANumber"));
                unreadable = true;
            }
        }
        for (Problem p : sheet.check(typed)) {
            scores.stream().filter(r -> p.field().equals("scores." + r.criterion.key())).findFirst()
                    .ifPresent(r -> r.error.set(text.describe(p)));
        }
        ReviewLevel level = typed.isEmpty() || unreadable ? null : sheet.levelOf(sheet.total(typed));
        // Shown the Vietnamese way: 69,5.
        total.set(typed.isEmpty() ? "" : unreadable ? "?"
                : sheet.total(typed).stripTrailingZeros().toPlainString().replace('.', ','));
        impliedLevel.set(level);
        implied.set(typed.isEmpty() ? text.text("reviewSheet.implied.none")
                : unreadable ? text.text("reviewSheet.implied.unreadable")
                        : text.format("reviewSheet.implied", total.get(), ReviewText.level(text, level)));
        YearFigures pf = loadedFacts == null ? null : loadedFacts.pledges();
        Map<ExcellentCondition, Boolean> met = new EnumMap<>(ExcellentCondition.class);
        met.put(ExcellentCondition.SCORE, level == null ? null : level == ReviewLevel.EXCELLENT);
        met.put(ExcellentCondition.NO_SIGNS, signs.values().stream().noneMatch(BooleanProperty::get));
        met.put(ExcellentCondition.PLEDGES_KEPT, pf == null || pf.counted() == 0 ? null
                : pf.completed() == pf.counted());
        met.put(ExcellentCondition.ALL_TASKS_DONE, allTasksDone.get());
        met.put(ExcellentCondition.CLEARLY_BEYOND, clearlyBeyond.get());
        List<ConditionRow> rows = new ArrayList<>();
        for (ExcellentCondition c : ExcellentCondition.values()) {
            rows.add(new ConditionRow(c, ReviewText.condition(text, c), met.get(c), !c.isDerived()));
        }
        checklist.setAll(rows);
    }

    /** The score typed in {@code row}, the Vietnamese way too (69,5); empty when nothing is typed. */
    private static java.util.Optional<BigDecimal> typedScore(ScoreRow row) {
        String v = row.value.get() == null ? "" : row.value.get().strip().replace(',', '.');
        return v.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new BigDecimal(v));
    }

    // ---- commands ----

    /**
     * Stores the self-review, signs, self level, scores and ticked conditions; a typing mistake (a score that is not
     * a number or out of range, a date that is not one) is shown and nothing is stored.
     */
    public void save(Runnable then) {
        problem.set("");
        message.set("");
        if (readOnly.get() || periodId == null) {
            return;
        }
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        for (ScoreRow row : scores) {
            try {
                typedScore(row).ifPresent(score -> typed.put(row.criterion.key(), score));
            } catch (NumberFormatException e) {
                problem.set(text.format("reviewSheet.error.score", row.label));
                return;
            }
        }
        List<Problem> scoreProblems = sheet.check(typed);
        if (!scoreProblems.isEmpty()) {
            problem.set(text.describe(scoreProblems.get(0)));
            return;
        }
        LocalDate paper = null;
        if (onPaper.get()) {
            try {
                paper = DateText.parse(paperDate.get());
            } catch (DateTimeParseException e) {
                problem.set(text.text("reviewSheet.error.paperDate"));
                return;
            }
            if (paper == null) {
                problem.set(text.text("reviewSheet.error.paperDate"));
                return;
            }
        }
        Map<SelfReview.Section, String> texts = new EnumMap<>(SelfReview.Section.class);
        sections.forEach((k, v) -> {
            if (v.get() != null && !v.get().isBlank()) {
                texts.put(k, v.get());
            }
        });
        SelfReview self = new SelfReview(texts, paper);
        Set<Integer> ticked = new TreeSet<>();
        signs.forEach((k, v) -> {
            if (v.get()) {
                ticked.add(k.number());
            }
        });
        List<Problem> selfProblems = ReviewRules.checkSelfReview(self.cleaned(), ticked, reviews.today());
        if (!selfProblems.isEmpty()) {
            problem.set(text.describe(selfProblems.get(0)));
            return;
        }
        Set<ExcellentCondition> conditions = EnumSet.noneOf(ExcellentCondition.class);
        if (allTasksDone.get()) {
            conditions.add(ExcellentCondition.ALL_TASKS_DONE);
        }
        if (clearlyBeyond.get()) {
            conditions.add(ExcellentCondition.CLEARLY_BEYOND);
        }
        UUID p = periodId;
        UUID m = memberId;
        ReviewLevel level = selfLevel.get();
        tasks.run(() -> {
            reviews.saveSelfReview(p, m, self, ticked, level);
            reviews.saveScores(p, m, typed, conditions);
            return reviews.sheet(p, m);
        }, s -> {
            apply(s);
            message.set(text.text("reviewSheet.saved"));
            onChanged.run();
            then.run();
        }, f -> problem.set(text.describe(f)));
    }

    /**
     * Records the cell's vote as typed (four counts); the counts must add up to the official members present at the
     * review meeting, else the refusal says both numbers and nothing is stored. Empty counts are 0.
     */
    public void recordVote(Runnable then) {
        voteProblem.set("");
        message.set("");
        if (readOnly.get() || periodId == null) {
            return;
        }
        int[] n = new int[4];
        for (int i = 0; i < 4; i++) {
            String v = votes[i].get() == null ? "" : votes[i].get().strip();
            try {
                n[i] = v.isEmpty() ? 0 : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                voteProblem.set(text.text("reviewSheet.error.voteNumber"));
                return;
            }
        }
        LevelVote vote = new LevelVote(n[0], n[1], n[2], n[3]);
        UUID p = periodId;
        UUID m = memberId;
        tasks.run(() -> {
            reviews.recordVote(p, m, vote);
            return reviews.sheet(p, m);
        }, s -> {
            // Only the vote's part is shown again: what is typed elsewhere on the sheet stays to be saved.
            applyVote(s);
            message.set(text.text("reviewSheet.voteRecorded"));
            onChanged.run();
            then.run();
        }, f -> voteProblem.set(text.describe(f)));
    }

    /** The member's self-review form for the print preview. */
    public PrintableDocument formForPrint() {
        UUID p = periodId;
        UUID m = memberId;
        return new PrintableDocument(text.format("reviewScreen.print.form.title", memberName),
                "ban-tu-kiem-diem-" + m.toString().substring(0, 8) + ".pdf", () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeSelfReviewFormPdf(p, m, out);
                    return out.toByteArray();
                });
    }

    // ---- properties ----

    public UUID periodId() {
        return periodId;
    }

    public UUID memberId() {
        return memberId;
    }

    public StringProperty sectionProperty(SelfReview.Section s) {
        return sections.get(s);
    }

    public BooleanProperty onPaperProperty() {
        return onPaper;
    }

    public StringProperty paperDateProperty() {
        return paperDate;
    }

    public BooleanProperty signProperty(DegradationSign s) {
        return signs.get(s);
    }

    public ObjectProperty<ReviewLevel> selfLevelProperty() {
        return selfLevel;
    }

    public ObservableList<ScoreRow> scores() {
        return scores;
    }

    public BooleanProperty allTasksDoneProperty() {
        return allTasksDone;
    }

    public BooleanProperty clearlyBeyondProperty() {
        return clearlyBeyond;
    }

    public ObservableList<ConditionRow> checklist() {
        return checklist;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewLevel> impliedLevelProperty() {
        return impliedLevel.getReadOnlyProperty();
    }

    /** "Tổng điểm 78,5: Hoàn thành tốt nhiệm vụ" as typed now. */
    public ReadOnlyStringProperty impliedProperty() {
        return implied.getReadOnlyProperty();
    }

    /** The votes typed for a level. */
    public StringProperty voteProperty(ReviewLevel level) {
        return votes[level.ordinal()];
    }

    public ReadOnlyStringProperty votersProperty() {
        return voters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty voteProblemProperty() {
        return voteProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cellLevelProperty() {
        return cellLevel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finalLevelProperty() {
        return finalLevel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Something typed is not stored yet. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}

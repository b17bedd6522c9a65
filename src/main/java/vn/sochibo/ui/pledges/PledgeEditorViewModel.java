package vn.sochibo.ui.pledges;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.pledge.PledgeDocuments;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingSummary;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.PledgeRules;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.document.PrintableDocument;

/**
 * One member's pledge for one year: its items grouped by kind with their state (overdue derived from the date),
 * the follow-ups of the item chosen, and the commands: add, edit and remove an item (each through a form that saves
 * at once or shows why not, nothing changed), start from last year's pledge, register it on a day, record, edit and
 * remove follow-ups, delete a pledge made by mistake, and print the form. Until its first item is saved the pledge
 * exists only here.
 */
public final class PledgeEditorViewModel {
    /** One item as the table shows it; {@code group} is the kind's name on the first item of each kind only. */
    public record ItemRow(PledgeItem item, String group, String kind, String content, String target, String deadline,
            String state, boolean overdue, int followUps) {
    }

    /** One follow-up of the item chosen; {@code locked} when recorded at a meeting since finalized. */
    public record FollowUpRow(PledgeFollowUp followUp, String date, String status, String progress,
            String evidence, String meeting, boolean locked) {
    }

    private record Loaded(Member member, Pledge stored, boolean lastYear, List<PledgeFollowUp> followUps,
            List<MeetingSummary> meetings, boolean leader) {
    }

    private final PledgeService pledges;
    private final PledgeDocuments documents;
    private final MemberService members;
    private final MeetingService meetings;
    private final CellService cell;
    private final TaskRunner tasks;
    private final UiText text;

    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<FollowUpRow> followUpRows = FXCollections.observableArrayList();
    private final ObjectProperty<ItemRow> selectedItem = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper registered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper leader = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final StringProperty registerDate = new SimpleStringProperty("");

    private UUID memberId;
    private String memberName = "";
    private int year;
    private Pledge pledge;
    private List<PledgeFollowUp> followUps = List.of();
    private Map<UUID, MeetingSummary> meetingsById = Map.of();
    private Runnable onChanged = () -> { };

    public PledgeEditorViewModel(PledgeService pledges, PledgeDocuments documents, MemberService members,
            MeetingService meetings, CellService cell, TaskRunner tasks, UiText text) {
        this.pledges = pledges;
        this.documents = documents;
        this.members = members;
        this.meetings = meetings;
        this.cell = cell;
        this.tasks = tasks;
        this.text = text;
        selectedItem.addListener((obs, old, row) -> showFollowUps());
    }

    /** Called after every stored change (the overview reads its figures again). */
    public void setOnChanged(Runnable action) {
        onChanged = action;
    }

    // ---- loading ----

    /** Shows the member's pledge for the year (an empty draft when there is none yet). */
    public void open(UUID member, int pledgeYear) {
        open(member, pledgeYear, () -> { });
    }

    public void open(UUID member, int pledgeYear, Runnable then) {
        loaded.set(false);
        problem.set("");
        message.set("");
        tasks.run(() -> load(member, pledgeYear), l -> {
            memberId = member;
            year = pledgeYear;
            apply(l, null);
            then.run();
        }, this::showFailure);
    }

    private Loaded load(UUID member, int pledgeYear) {
        Member m = members.find(member).orElseThrow();
        Optional<Pledge> p = pledges.find(member, pledgeYear);
        boolean last = p.isEmpty() && pledges.find(member, pledgeYear - 1).isPresent();
        List<PledgeFollowUp> f = p.map(x -> pledges.followUps(x.id())).orElse(List.of());
        List<MeetingSummary> known = f.stream().anyMatch(x -> x.meetingId() != null) ? meetings.summaries() : List.of();
        boolean isLeader = cell.profile().map(c -> isLeader(c, member)).orElse(false);
        return new Loaded(m, p.orElse(null), last, f, known, isLeader);
    }

    private static boolean isLeader(CellProfile c, UUID member) {
        return member.equals(c.secretaryId()) || member.equals(c.deputyId())
                || c.committeeMemberIds().contains(member);
    }

    /** Reads the pledge again after a change, keeping the item chosen. */
    private void reload(UUID keepItem) {
        UUID member = memberId;
        int y = year;
        tasks.run(() -> load(member, y), l -> {
            apply(l, keepItem);
            onChanged.run();
        }, this::showFailure);
    }

    private void apply(Loaded l, UUID keepItem) {
        memberName = l.member().fullName();
        pledge = l.stored() != null ? l.stored() : pledges.newPledge(memberId, year);
        followUps = l.followUps();
        meetingsById = l.meetings().stream().collect(Collectors.toMap(MeetingSummary::id, Function.identity()));
        stored.set(l.stored() != null);
        registered.set(pledge.isRegistered());
        canCopy.set(l.stored() == null && l.lastYear());
        leader.set(l.leader());
        title.set(text.format("pledgeEditor.title", year, memberName));
        state.set(pledge.isRegistered() ? text.format("pledges.registeredOn", DateText.format(pledge.registeredOn()))
                : l.stored() != null ? text.text("pledges.draft") : text.text("pledgeEditor.state.none"));
        if (!pledge.isRegistered()) {
            LocalDate today = pledges.today();
            registerDate.set(DateText.format(today.getYear() > year ? LocalDate.of(year, 12, 31) : today));
        }
        showItems(keepItem);
        loaded.set(true);
    }

    private void showItems(UUID keepItem) {
        LocalDate asOf = PledgeRules.asOf(year, pledges.today());
        List<ItemRow> rows = new ArrayList<>();
        PledgeKind previous = null;
        for (PledgeItem item : grouped(pledge.items())) {
            ItemState s = PledgeRules.state(item, followUps, asOf);
            int count = (int) followUps.stream().filter(f -> f.itemId().equals(item.id())).count();
            String kindName = PledgeText.kind(text, item.kind());
            String content = item.exampleSetting() ? text.format("pledgeEditor.exampleSetting", item.content())
                    : item.content();
            rows.add(new ItemRow(item, item.kind() == previous ? "" : kindName, kindName, content,
                    item.target() == null ? "" : item.target(), DateText.format(item.deadline()),
                    pledge.isRegistered() ? PledgeText.state(text, s) : "", pledge.isRegistered()
                            && s == ItemState.OVERDUE, count));
            previous = item.kind();
        }
        items.setAll(rows);
        selectedItem.set(rows.stream().filter(r -> r.item().id().equals(keepItem)).findFirst().orElse(null));
        showFollowUps();
    }

    /** The items in the order of the kinds (the printed form's sections), each kind in the member's order. */
    private static List<PledgeItem> grouped(List<PledgeItem> list) {
        return list.stream().sorted(Comparator.comparing(PledgeItem::kind)).toList();
    }

    private void showFollowUps() {
        ItemRow row = selectedItem.get();
        if (row == null) {
            followUpRows.clear();
            return;
        }
        followUpRows.setAll(followUps.stream().filter(f -> f.itemId().equals(row.item().id()))
                .sorted(PledgeRules.CHRONOLOGICAL).map(this::followUpRow).toList());
    }

    private FollowUpRow followUpRow(PledgeFollowUp f) {
        MeetingSummary at = f.meetingId() == null ? null : meetingsById.get(f.meetingId());
        String meeting = at == null ? "" : text.format("pledgeEditor.followUp.meeting", DateText.format(at.date()));
        boolean locked = at != null && at.isFinalized();
        return new FollowUpRow(f, DateText.format(f.date()), PledgeText.status(text, f.status()),
                f.progress() == null ? "" : f.progress(), f.evidence() == null ? "" : f.evidence(),
                locked ? text.format("pledgeEditor.followUp.meetingLocked", meeting) : meeting, locked);
    }

    // ---- items ----

    /** A form for a new item of the kind chosen (or the first kind), due on the year's last day. */
    public ItemFormViewModel newItem(PledgeKind kind) {
        PledgeItem item = pledges.newItem(kind == null ? PledgeKind.TU_DUONG_REN_LUYEN : kind, year);
        return new ItemFormViewModel(this, item, true, text);
    }

    /** A form for the item chosen. */
    public ItemFormViewModel editItem(ItemRow row) {
        return new ItemFormViewModel(this, row.item(), false, text);
    }

    /**
     * The pledge with the item put in (added after the last item of its kind, or replacing itself), as it would be
     * saved; the index the item has in it.
     */
    Pledge withItem(PledgeItem item) {
        List<PledgeItem> list = new ArrayList<>(pledge.items());
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(item.id())) {
                at = i;
            }
        }
        if (at >= 0) {
            list.set(at, item);
        } else {
            int last = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).kind().compareTo(item.kind()) <= 0) {
                    last = i;
                }
            }
            list.add(last + 1, item);
        }
        return pledge.withItems(list);
    }

    /** Saves the pledge as the form made it (off the UI thread in the form's runner); the caller shows refusals. */
    Pledge save(Pledge candidate) {
        return pledges.save(candidate);
    }

    /** The form saved an item: show the pledge as stored. */
    void itemSaved(PledgeItem item) {
        message.set(text.text("pledgeEditor.saved"));
        problem.set("");
        reload(item.id());
    }

    TaskRunner tasks() {
        return tasks;
    }

    int year() {
        return year;
    }

    /** Removes an item (refused, with the reason shown, when it already has follow-ups). */
    public void removeItem(ItemRow row) {
        if (row == null || !stored.get() || working.get()) {
            return;
        }
        List<PledgeItem> rest = pledge.items().stream().filter(i -> !i.id().equals(row.item().id())).toList();
        Pledge candidate = pledge.withItems(rest);
        run(() -> pledges.save(candidate), "pledgeEditor.itemRemoved", null);
    }

    // ---- the pledge ----

    /** Starts this year's pledge from last year's (a draft with the same items, deadlines a year later). */
    public void copyLastYear() {
        if (stored.get() || working.get()) {
            return;
        }
        UUID member = memberId;
        int y = year;
        run(() -> pledges.copyLastYear(member, y), "pledgeEditor.copied", null);
    }

    /** Records the pledge as registered on the day typed (the member has signed it). */
    public void register() {
        if (working.get() || registered.get()) {
            return;
        }
        LocalDate day;
        try {
            day = DateText.parse(registerDate.get());
        } catch (java.time.format.DateTimeParseException e) {
            problem.set(text.format("form.error.dateFormat", registerDate.get().strip()));
            return;
        }
        if (day == null) {
            problem.set(text.text("pledgeEditor.error.registerDate"));
            return;
        }
        Pledge candidate = pledge.withRegisteredOn(day);
        boolean isStored = stored.get();
        UUID keep = selectedItem.get() == null ? null : selectedItem.get().item().id();
        run(() -> isStored ? pledges.register(candidate.id(), day) : pledges.save(candidate),
                "pledgeEditor.registered", keep);
    }

    /** Deletes the pledge (one made by mistake; refused while it has follow-ups). */
    public void delete() {
        if (!stored.get() || working.get()) {
            return;
        }
        UUID id = pledge.id();
        run(() -> {
            pledges.delete(id);
            return null;
        }, "pledgeEditor.deleted", null);
    }

    private void run(java.util.concurrent.Callable<?> work, String doneKey, UUID keepItem) {
        working.set(true);
        problem.set("");
        tasks.run(work, done -> {
            working.set(false);
            message.set(text.text(doneKey));
            reload(keepItem);
        }, failure -> {
            working.set(false);
            showFailure(failure);
        });
    }

    private void showFailure(Throwable failure) {
        message.set("");
        if (failure instanceof ValidationException refused) {
            problem.set(refused.problems().stream().map(text::describe).distinct().collect(Collectors.joining(" ")));
        } else {
            problem.set(text.describe(failure));
        }
    }

    // ---- follow-ups ----

    /** A form for a new follow-up of the item chosen, dated today (the pledge must be registered). */
    public FollowUpFormViewModel newFollowUp(ItemRow row) {
        LocalDate today = pledges.today();
        LocalDate day = today.getYear() > year ? LocalDate.of(year, 12, 31) : today;
        return new FollowUpFormViewModel(this, pledges, row.item(), null, day, null, text);
    }

    /** A form for a follow-up (null when it is locked with a finalized meeting). */
    public FollowUpFormViewModel editFollowUp(ItemRow row, FollowUpRow f) {
        if (f == null || f.locked()) {
            return null;
        }
        return new FollowUpFormViewModel(this, pledges, row.item(), f.followUp(), f.followUp().date(),
                f.meeting(), text);
    }

    /** The form saved a follow-up. */
    void followUpSaved(UUID itemId) {
        message.set(text.text("pledgeEditor.followUpSaved"));
        problem.set("");
        reload(itemId);
    }

    /** Removes a follow-up (refused when it was recorded at a meeting since finalized). */
    public void removeFollowUp(FollowUpRow f) {
        if (f == null || f.locked() || working.get()) {
            return;
        }
        UUID id = f.followUp().id();
        UUID keep = f.followUp().itemId();
        run(() -> {
            pledges.removeFollowUp(id);
            return null;
        }, "pledgeEditor.followUpRemoved", keep);
    }

    // ---- printing ----

    /** The member's pledge form for the print preview (a draft prints "BẢN NHÁP"). */
    public PrintableDocument formForPrint() {
        UUID member = memberId;
        int y = year;
        return new PrintableDocument(text.format("pledges.print.form.title", y, memberName),
                "cam-ket-" + y + "-" + vn.sochibo.domain.common.Text.fold(memberName).replace(' ', '-') + ".pdf",
                () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeFormPdf(member, y, out);
                    return out.toByteArray();
                });
    }

    // ---- what the screen binds to ----

    public UUID memberId() {
        return memberId;
    }

    public Pledge pledge() {
        return pledge;
    }

    /** Members of the cell committee may mark items as their extra example-setting ones. */
    public ReadOnlyBooleanProperty leaderProperty() {
        return leader.getReadOnlyProperty();
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUpRows;
    }

    public ObjectProperty<ItemRow> selectedItemProperty() {
        return selectedItem;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Đã đăng ký ngày …", "Bản nháp, chưa đăng ký" or "Chưa có bản cam kết". */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the last command did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last command was refused; nothing was changed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public StringProperty registerDateProperty() {
        return registerDate;
    }
}

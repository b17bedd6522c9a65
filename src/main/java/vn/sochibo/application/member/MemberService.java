package vn.sochibo.application.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditKind;
import vn.sochibo.application.audit.AuditSummary;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.VietnameseNames;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberRules;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/** The roster: adding, editing and finding members, and keeping their status history. */
public class MemberService {
    /** How many days ahead the roster warns about probationary members due for review. */
    public static final int DEFAULT_PROBATION_REMINDER_DAYS = 30;

    private final MemberRepository members;
    private final CellProfileRepository cellProfiles;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public MemberService(MemberRepository members, CellProfileRepository cellProfiles, Transactions transactions,
            AuditTrail audit, Clock clock) {
        this.members = members;
        this.cellProfiles = cellProfiles;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public static Comparator<Member> rosterOrder() {
        return Comparator.comparing(Member::fullName, VietnameseNames.comparator());
    }

    /** Every member ever on the roster, in Vietnamese name order. */
    public List<Member> all() {
        List<Member> list = new ArrayList<>(transactions.inTransaction(members::findAll));
        list.sort(rosterOrder());
        return list;
    }

    public Optional<Member> find(UUID id) {
        return transactions.inTransaction(() -> members.findById(id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Members matching the query (diacritics and case ignored, every word must match name, hometown,
     * position, card number or phone) and, when given, having the status today.
     */
    public List<Member> search(String query, MemberStatus status) {
        LocalDate today = today();
        return all().stream()
                .filter(m -> status == null || m.statusOn(today) == status)
                .filter(m -> Text.matches(searchableText(m), query))
                .toList();
    }

    public static String searchableText(Member m) {
        return String.join(" ", nonNull(m.fullName()), nonNull(m.hometown()), nonNull(m.position()),
                nonNull(m.cardNumber()), nonNull(m.phone()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public Member add(MemberInput input) {
        return transactions.inTransaction(() -> {
            Member member = toMember(Ids.newId(), input, List.of());
            validate(member);
            members.save(member);
            audit.record(AuditAction.CREATE, AuditKind.MEMBER, member.id(), changes(null, member));
            return member;
        });
    }

    /** Every problem that {@link #add} would refuse the input for; writes nothing. */
    public List<Problem> checkNew(MemberInput input) {
        return transactions.inTransaction(() -> {
            try {
                validate(toMember(Ids.newId(), input, List.of()));
                return List.of();
            } catch (ValidationException e) {
                return e.problems();
            }
        });
    }

    public Member update(UUID id, MemberInput input) {
        return transactions.inTransaction(() -> {
            Member existing = require(id);
            Member member = toMember(id, input, existing.history());
            validate(member);
            members.save(member);
            String changes = changes(existing, member);
            if (!changes.isEmpty()) {
                audit.record(AuditAction.UPDATE, AuditKind.MEMBER, id, changes);
            }
            return member;
        });
    }

    public Member addEvent(UUID memberId, StatusEventType type, LocalDate date, String note) {
        return transactions.inTransaction(() -> {
            Member existing = require(memberId);
            List<Problem> problems = new ArrayList<>();
            if (type == null) {
                problems.add(Problem.of("eventType", "member.error.eventTypeRequired"));
            }
            if (date == null) {
                problems.add(Problem.of("eventDate", "member.error.eventDateRequired"));
            }
            ValidationException.throwIfAny(problems);
            List<StatusEvent> history = new ArrayList<>(existing.history());
            StatusEvent event = new StatusEvent(Ids.newId(), type, date, Text.clean(note));
            history.add(event);
            Member member = existing.withHistory(history);
            ValidationException.throwIfAny(MemberRules.checkHistory(member, today()));
            members.save(member);
            audit.record(AuditAction.CREATE, AuditKind.STATUS_EVENT, event.id(), describe(existing, event));
            return member;
        });
    }

    public Member removeEvent(UUID memberId, UUID eventId) {
        return transactions.inTransaction(() -> {
            Member existing = require(memberId);
            List<StatusEvent> history = new ArrayList<>(existing.history());
            List<StatusEvent> removed = history.stream().filter(e -> e.id().equals(eventId)).toList();
            history.removeAll(removed);
            Member member = existing.withHistory(history);
            ValidationException.throwIfAny(MemberRules.checkHistory(member, today()));
            members.save(member);
            removed.forEach(e -> audit.record(AuditAction.DELETE, AuditKind.STATUS_EVENT, e.id(),
                    describe(existing, e)));
            return member;
        });
    }

    /**
     * Deletes a member entered by mistake. A member who holds a committee role cannot be deleted; people who
     * leave the cell are recorded with a status event instead, so their history stays.
     */
    public void delete(UUID id) {
        transactions.run(() -> {
            Member existing = require(id);
            Optional<CellProfile> profile = cellProfiles.load();
            if (profile.isPresent() && (id.equals(profile.get().secretaryId()) || id.equals(profile.get().deputyId())
                    || profile.get().committeeMemberIds().contains(id))) {
                throw new ValidationException(Problem.of("id", "member.error.deleteCommitteeMember"));
            }
            members.delete(id);
            audit.record(AuditAction.DELETE, AuditKind.MEMBER, id, changes(null, existing));
        });
    }

    /** Probationary members due (or overdue) for recognition as official within the given days. */
    public List<Member> dueForProbationReview(int withinDays) {
        LocalDate today = today();
        return all().stream().filter(m -> MemberRules.isDueForProbationReview(m, today, withinDays))
                .sorted(Comparator.comparing(Member::probationEnds)).toList();
    }

    /**
     * The audit summary of a member's fields: each one that differs as {@code name: old -> new}, or for a new
     * (or deleted) member ({@code before} null) each one that is set, as {@code name=value}.
     */
    static String changes(Member before, Member after) {
        AuditSummary s = AuditSummary.create();
        field(s, before, after, "fullName", Member::fullName);
        field(s, before, after, "gender", Member::gender);
        field(s, before, after, "birthDate", Member::birthDate);
        field(s, before, after, "hometown", Member::hometown);
        field(s, before, after, "position", Member::position);
        field(s, before, after, "admissionDate", Member::admissionDate);
        field(s, before, after, "officialDate", Member::officialDate);
        field(s, before, after, "cardNumber", Member::cardNumber);
        field(s, before, after, "phone", Member::phone);
        field(s, before, after, "note", Member::note);
        return s.toString();
    }

    private static void field(AuditSummary s, Member before, Member after, String name,
            java.util.function.Function<Member, Object> value) {
        if (before == null) {
            Object v = value.apply(after);
            if (v != null) {
                s.put(name, v);
            }
        } else {
            s.change(name, value.apply(before), value.apply(after));
        }
    }

    private static String describe(Member member, StatusEvent event) {
        return AuditSummary.create().put("member", member.id()).put("fullName", member.fullName())
                .put("type", event.type()).put("date", event.date()).put("note", event.note()).toString();
    }

    private Member require(UUID id) {
        return members.findById(id)
                .orElseThrow(() -> new ValidationException(Problem.of("id", "member.error.notFound")));
    }

    /**
     * Cleans the input (NFC, trimmed) and builds the member. A missing admission date is refused together
     * with every other problem that does not depend on it, so the user sees them all at once.
     */
    Member toMember(UUID id, MemberInput in, List<StatusEvent> history) {
        String name = Text.clean(in.fullName());
        LocalDate admission = in.admissionDate() != null ? in.admissionDate() : today();
        Member member = new Member(id, name == null ? "" : name, in.gender(), in.birthDate(), Text.clean(in.hometown()),
                Text.clean(in.position()), admission, in.officialDate(), Text.clean(in.cardNumber()),
                Text.clean(in.phone()), Text.cleanMultiline(in.note()), history);
        if (in.admissionDate() == null) {
            List<Problem> problems = new ArrayList<>(MemberRules.check(member, today()).stream()
                    .filter(p -> !DEPENDS_ON_ADMISSION.contains(p.field())).toList());
            problems.add(Problem.of("admissionDate", "member.error.admissionRequired"));
            throw new ValidationException(problems);
        }
        return member;
    }

    private static final java.util.Set<String> DEPENDS_ON_ADMISSION =
            java.util.Set.of("admissionDate", "officialDate", "history");

    private void validate(Member member) {
        List<Problem> problems = new ArrayList<>(MemberRules.check(member, today()));
        if (member.cardNumber() != null) {
            members.findIdByCardNumber(member.cardNumber())
                    .filter(other -> !other.equals(member.id()))
                    .ifPresent(other -> problems.add(
                            Problem.of("cardNumber", "member.error.cardTaken", member.cardNumber())));
        }
        ValidationException.throwIfAny(problems);
    }
}

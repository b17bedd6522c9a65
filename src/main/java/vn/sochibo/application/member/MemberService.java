package vn.sochibo.application.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private final Clock clock;

    public MemberService(MemberRepository members, CellProfileRepository cellProfiles, Transactions transactions,
            Clock clock) {
        this.members = members;
        this.cellProfiles = cellProfiles;
        this.transactions = transactions;
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
            history.add(new StatusEvent(Ids.newId(), type, date, Text.clean(note)));
            Member member = existing.withHistory(history);
            ValidationException.throwIfAny(MemberRules.checkHistory(member, today()));
            members.save(member);
            return member;
        });
    }

    public Member removeEvent(UUID memberId, UUID eventId) {
        return transactions.inTransaction(() -> {
            Member existing = require(memberId);
            List<StatusEvent> history = new ArrayList<>(existing.history());
            history.removeIf(e -> e.id().equals(eventId));
            Member member = existing.withHistory(history);
            ValidationException.throwIfAny(MemberRules.checkHistory(member, today()));
            members.save(member);
            return member;
        });
    }

    /**
     * Deletes a member entered by mistake. A member who holds a committee role cannot be deleted; people who
     * leave the cell are recorded with a status event instead, so their history stays.
     */
    public void delete(UUID id) {
        transactions.run(() -> {
            require(id);
            Optional<CellProfile> profile = cellProfiles.load();
            if (profile.isPresent() && (id.equals(profile.get().secretaryId()) || id.equals(profile.get().deputyId())
                    || profile.get().committeeMemberIds().contains(id))) {
                throw new ValidationException(Problem.of("id", "member.error.deleteCommitteeMember"));
            }
            members.delete(id);
        });
    }

    /** Probationary members due (or overdue) for recognition as official within the given days. */
    public List<Member> dueForProbationReview(int withinDays) {
        LocalDate today = today();
        return all().stream().filter(m -> MemberRules.isDueForProbationReview(m, today, withinDays))
                .sorted(Comparator.comparing(Member::probationEnds)).toList();
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

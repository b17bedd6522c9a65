package vn.sochibo.application.dossier;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Supplier;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.document.DocumentRenderer;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;

/**
 * A member's dossier for a year, on screen and as a PDF in the Party layout (issue 7). Reads only through the
 * other services' public methods: the review's facts come from {@link ReviewService#facts}, the pledge figures
 * from {@link PledgeService#figures}, the levels from {@link ReviewService#history}. Every refusal is a
 * {@link ValidationException}; nothing is changed.
 */
public class MemberDossiers {
    private final MemberService members;
    private final MeetingService meetings;
    private final PledgeService pledges;
    private final ReviewService reviews;
    private final CellService cell;
    private final Supplier<? extends DocumentRenderer> renderer;
    private final DossierDocument document;

    public MemberDossiers(MemberService members, MeetingService meetings, PledgeService pledges, ReviewService reviews,
            CellService cell, Supplier<? extends DocumentRenderer> renderer) {
        this.members = Objects.requireNonNull(members, "members");
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.pledges = Objects.requireNonNull(pledges, "pledges");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.cell = Objects.requireNonNull(cell, "cell");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.document = new DossierDocument(new Messages(ResourceBundle.getBundle(MeetingDocumentWords.BUNDLE,
                Messages.VIETNAMESE, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)), Messages.VIETNAMESE), Messages.vietnamese());
    }

    /** Collects the member's dossier for the year; refused for an unknown member or a year out of range. */
    public MemberDossier dossier(UUID memberId, int year) {
        if (year < 1930 || year > 9999) {
            throw new ValidationException(Problem.of("year", "dossier.error.year", year));
        }
        Member member = members.find(memberId)
                .orElseThrow(() -> new ValidationException(Problem.of("memberId", "dossier.error.noMember")));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate today = members.today();
        LocalDate end = today.getYear() == year ? today : last;

        List<Meeting> all = meetings.all();
        Map<UUID, Meeting.TaskFollowUp> latestResult = new HashMap<>();
        all.stream().sorted(Comparator.comparing(Meeting::date))
                .forEach(m -> m.followUps().forEach(f -> latestResult.put(f.taskId(), f)));
        List<MemberDossier.MeetingLine> lines = new ArrayList<>();
        List<MemberDossier.TaskLine> tasks = new ArrayList<>();
        for (Meeting m : all) {
            if (m.date().isBefore(first) || m.date().isAfter(last)) {
                continue;
            }
            MemberStatus status = member.statusOn(m.date());
            if (status.isOnRoster()) {
                var entry = m.rollCall().stream().filter(r -> r.memberId().equals(member.id())).findFirst();
                int spoke = (int) m.contributions().stream().filter(c -> member.id().equals(c.speakerMemberId()))
                        .count();
                lines.add(new MemberDossier.MeetingLine(m.date(), m.kind(), m.topic(), status,
                        entry.map(Meeting.RollCallEntry::attendance).orElse(null),
                        entry.map(Meeting.RollCallEntry::reason).orElse(null), spoke,
                        m.isFinalized() ? m.finalization().minutesNumber() : 0));
            }
            for (Meeting.TaskAssignment t : m.tasks()) {
                if (t.assigneeIds().contains(member.id())) {
                    Meeting.TaskFollowUp f = latestResult.get(t.id());
                    tasks.add(new MemberDossier.TaskLine(m.date(), t.description(), t.deadline(),
                            f == null ? null : f.result(), f == null ? null : f.note()));
                }
            }
        }
        lines.sort(Comparator.comparing(MemberDossier.MeetingLine::date));
        tasks.sort(Comparator.comparing(MemberDossier.TaskLine::assignedOn));

        ReviewViews.Facts facts = reviews.ofYear(year).map(p -> reviews.facts(p.id(), member.id())).orElse(null);
        Optional<Pledge> pledge = pledges.find(member.id(), year);
        List<MemberDossier.PledgeLine> items = new ArrayList<>();
        pledge.ifPresent(p -> {
            Map<UUID, PledgeFollowUp> lastByItem = new HashMap<>();
            pledges.followUps(p.id()).stream().sorted(Comparator.comparing(PledgeFollowUp::date))
                    .forEach(f -> lastByItem.put(f.itemId(), f));
            for (PledgeItem item : p.items()) {
                PledgeFollowUp f = lastByItem.get(item.id());
                items.add(new MemberDossier.PledgeLine(item, f == null ? null : f.status(),
                        f == null ? null : f.date()));
            }
        });
        List<ReviewViews.YearLevels> levels = reviews.history(year).stream()
                .filter(r -> r.memberId().equals(member.id())).findFirst()
                .map(ReviewViews.HistoryRow::years).orElse(List.of());
        return new MemberDossier(member, year, member.statusOn(end), lines, tasks, facts, pledge.orElse(null), items,
                pledges.figures(member.id(), year), levels);
    }

    /** The dossier as a Party document; refused when the cell is not set up. */
    public PartyDocument document(MemberDossier dossier) {
        CellProfile profile = cell.profile()
                .orElseThrow(() -> new ValidationException(Problem.of("cell", "book.error.noCell")));
        String secretary = profile.secretaryId() == null ? null
                : members.find(profile.secretaryId()).map(Member::fullName).orElse(null);
        return document.build(dossier, profile, secretary, members.today());
    }

    /** Writes the member's dossier for the year as a PDF to {@code out} (left open). */
    public void writePdf(UUID memberId, int year, OutputStream out) {
        writePdf(dossier(memberId, year), out);
    }

    public void writePdf(MemberDossier dossier, OutputStream out) {
        renderer.get().render(document(dossier), out);
    }
}

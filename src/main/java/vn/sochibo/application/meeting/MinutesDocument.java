package vn.sochibo.application.meeting;

import static vn.sochibo.application.meeting.MeetingDocumentWords.clause;
import static vn.sochibo.application.meeting.MeetingDocumentWords.lines;
import static vn.sochibo.application.meeting.MeetingDocumentWords.sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.AttendanceCounts;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/**
 * Builds a meeting's minutes (biên bản) as a {@link PartyDocument}, in the course domain.md §3–4 prescribes:
 * time and place; the members' totals, who came and who did not (with names and reasons); guests, chair and
 * minute-taker; each agenda part with every speaker named; the review of last meeting's tasks; the tasks
 * assigned; the chair's conclusion; each vote line with its result; the self-score; the closing line; the two
 * signatures side by side. A draft prints with blanks for its number and the "BẢN NHÁP" watermark; a finalized
 * meeting carries a short form of its content hash at the foot of every page.
 */
public final class MinutesDocument {
    private final MeetingDocumentWords w;

    public MinutesDocument(MeetingDocumentWords words) {
        this.w = Objects.requireNonNull(words, "words");
    }

    public PartyDocument build(MeetingDocumentInput in) {
        Meeting m = in.meeting();
        CellProfile cell = in.cell();
        PartyDocument.Builder doc = PartyDocument.builder(
                        Header.withoutDate(cell.upperOrganisation(), cell.cellName(), w.number(m, false)),
                        w.get("doc.minutes.title"))
                .summary(w.summary(m))
                .draft(!m.isFinalized())
                .footerNote(w.footer(m));

        opening(doc, in);
        int section = 0;
        List<Block> content = content(in);
        if (!content.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.content"))).addAll(content);
        }
        List<Block> review = review(in);
        if (!review.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.review"))).addAll(review);
        }
        List<Block> pledges = pledgeChecks(in);
        if (!pledges.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.pledges"))).addAll(pledges);
        }
        List<Block> tasks = tasks(in);
        if (!tasks.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.tasks"))).addAll(tasks);
        }
        List<String> conclusion = lines(m.conclusion());
        if (!conclusion.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.conclusion")));
            conclusion.forEach(line -> doc.paragraph(sentence(line)));
        }
        List<Block> votes = votes(in);
        if (!votes.isEmpty()) {
            doc.heading(w.section(++section, w.get("doc.minutes.section.votes"))).addAll(votes);
        }
        doc.add(selfScore(in));
        doc.paragraph(m.endTime() == null ? w.get("doc.minutes.closing.unknown")
                : w.format("doc.minutes.closing", VietnameseDates.time(m.endTime())));
        doc.paragraph(w.get("doc.minutes.readBack"));

        doc.signatures(new SignatureBlocks(
                Signature.of(name(in, m.minuteTakerId()), w.get("doc.minutes.sign.minuteTaker")),
                Signature.of(name(in, m.chairId()), w.get("doc.minutes.sign.chair"))));
        return doc.build();
    }

    // ---- time, place, who was there ----

    private void opening(PartyDocument.Builder doc, MeetingDocumentInput in) {
        Meeting m = in.meeting();
        String day = VietnameseDates.date(m.date());
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.time.label"), m.startTime() == null
                ? w.format("doc.minutes.time.unknown", day)
                : w.format("doc.minutes.time", VietnameseDates.time(m.startTime()), day)));
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.place.label"),
                m.place() == null || m.place().isBlank() ? w.get("doc.blank") : sentence(m.place())));

        AttendanceCounts c = in.counts();
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.members.label"), w.format("doc.minutes.members",
                w.comrades(c.onRoster()), w.comrades(c.official()), w.comrades(c.probationary()),
                w.comrades(c.exempt()), w.comrades(c.attachedElsewhere()), w.comrades(c.expected()))));

        Roll roll = roll(in);
        StringBuilder present = new StringBuilder(w.format("doc.minutes.present", w.comrades(c.present()),
                MeetingDocumentWords.percent(c.expected() - c.absentWithReason() - c.absentWithoutReason(),
                        c.expected())));
        if (!roll.present().isEmpty()) {
            present.append(w.format("doc.minutes.present.names", names(roll.present())));
        }
        if (!roll.late().isEmpty()) {
            present.append(w.format("doc.minutes.present.late", w.comradeNames(fullNames(roll.late()))));
        }
        if (!roll.leftEarly().isEmpty()) {
            present.append(w.format("doc.minutes.present.leftEarly", w.comradeNames(fullNames(roll.leftEarly()))));
        }
        doc.dash(sentence(present.toString()));

        String withReason = w.comrades(roll.absentWithReason().size());
        if (!roll.absentWithReason().isEmpty()) {
            withReason += ": " + roll.absentWithReason().stream()
                    .map(e -> e.reason() == null || e.reason().isBlank() ? e.member().fullName()
                            : w.format("doc.minutes.absentReason", e.member().fullName(), lowerFirst(clause(e.reason()))))
                    .collect(Collectors.joining(w.get("doc.itemSeparator")));
        }
        doc.dash(sentence(w.format("doc.minutes.absentWithReason", withReason)));
        String withoutReason = w.comrades(roll.absentWithoutReason().size());
        if (!roll.absentWithoutReason().isEmpty()) {
            withoutReason += ": " + names(roll.absentWithoutReason().stream().map(RollEntry::member).toList());
        }
        doc.dash(sentence(w.format("doc.minutes.absentWithoutReason", withoutReason)));

        if (!m.guests().isEmpty()) {
            String guests = m.guests().stream()
                    .map(g -> g.position() == null || g.position().isBlank() ? w.format("doc.comrade", g.name())
                            : w.format("doc.minutes.guest", w.format("doc.comrade", g.name()), clause(g.position())))
                    .collect(Collectors.joining(w.get("doc.itemSeparator")));
            doc.dash(w.format("doc.minutes.guests", guests));
        }
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.chair.label"), person(in, m.chairId())));
        doc.add(Block.Paragraph.labelled(w.get("doc.minutes.minuteTaker.label"), person(in, m.minuteTakerId())));
        List<String> dues = lines(m.duesStatus());
        if (!dues.isEmpty()) {
            doc.add(Block.Paragraph.labelled(w.get("doc.minutes.dues.label"),
                    dues.stream().map(MeetingDocumentWords::clause).collect(Collectors.joining(w.get("doc.itemSeparator")))
                            + "."));
        }
    }

    private record RollEntry(Member member, String reason) {
    }

    private record Roll(List<Member> present, List<Member> late, List<Member> leftEarly,
            List<RollEntry> absentWithReason, List<RollEntry> absentWithoutReason) {
    }

    /**
     * Who was where, by name, counted exactly as {@link AttendanceCounts} counts: the present among everyone on
     * the roster (an exempt member who came is present), the absent only among those called (not the exempt, not
     * those attached elsewhere); a member called but not marked is absent without reason. Names in roster order.
     */
    private static Roll roll(MeetingDocumentInput in) {
        Meeting m = in.meeting();
        Map<UUID, Meeting.RollCallEntry> marks = m.rollCall().stream()
                .collect(Collectors.toMap(Meeting.RollCallEntry::memberId, Function.identity(), (a, b) -> a));
        List<Member> present = new ArrayList<>();
        List<Member> late = new ArrayList<>();
        List<Member> leftEarly = new ArrayList<>();
        List<RollEntry> withReason = new ArrayList<>();
        List<RollEntry> withoutReason = new ArrayList<>();
        List<Member> roster = in.members().stream().sorted(MemberService.rosterOrder()).toList();
        for (Member member : roster) {
            MemberStatus status = member.statusOn(m.date());
            if (!status.isOnRoster() || status == MemberStatus.TEMPORARILY_ATTACHED_ELSEWHERE) {
                continue;
            }
            Meeting.RollCallEntry mark = marks.get(member.id());
            Attendance attendance = mark == null ? null : mark.attendance();
            if (attendance != null && attendance.isPresent()) {
                present.add(member);
                if (attendance == Attendance.LATE) {
                    late.add(member);
                } else if (attendance == Attendance.LEFT_EARLY) {
                    leftEarly.add(member);
                }
            } else if (status != MemberStatus.EXEMPT) {
                if (attendance == Attendance.ABSENT_WITH_REASON) {
                    withReason.add(new RollEntry(member, mark.reason()));
                } else {
                    withoutReason.add(new RollEntry(member, null));
                }
            }
        }
        return new Roll(present, late, leftEarly, withReason, withoutReason);
    }

    private String names(List<Member> members) {
        return String.join(w.get("doc.listSeparator"), fullNames(members));
    }

    private static List<String> fullNames(List<Member> members) {
        return members.stream().map(Member::fullName).toList();
    }

    private static String name(MeetingDocumentInput in, UUID id) {
        return in.member(id).map(Member::fullName).orElse(null);
    }

    /** "đồng chí Nguyễn Văn An, Bí thư chi bộ." (the role in the cell, from the profile). */
    private String person(MeetingDocumentInput in, UUID id) {
        String name = name(in, id);
        if (name == null) {
            return w.get("doc.blank");
        }
        return w.format("doc.minutes.person", w.format("doc.comrade", name), role(in.cell(), id));
    }

    private String role(CellProfile cell, UUID id) {
        if (id.equals(cell.secretaryId())) {
            return w.get("doc.minutes.role.secretary");
        }
        if (id.equals(cell.deputyId())) {
            return w.get("doc.minutes.role.deputy");
        }
        return cell.committeeMemberIds().contains(id) ? w.get("doc.minutes.role.committee")
                : w.get("doc.minutes.role.member");
    }

    // ---- the course of the meeting ----

    /** Each agenda part as a numbered heading with its text and its speakers; then speakers outside any part. */
    private List<Block> content(MeetingDocumentInput in) {
        Meeting m = in.meeting();
        List<Block> out = new ArrayList<>();
        Set<UUID> parts = new HashSet<>();
        int number = 0;
        for (Meeting.AgendaPart part : m.agenda()) {
            parts.add(part.id());
            String title = part.title() == null || part.title().isBlank() ? w.get("doc.blank") : clause(part.title());
            out.add(new Block.Heading(w.format("doc.minutes.part", ++number, title)));
            lines(part.text()).forEach(line -> out.add(Block.Paragraph.of(sentence(line))));
            m.contributions().stream().filter(c -> part.id().equals(c.partId()))
                    .forEach(c -> out.add(contribution(in, c)));
        }
        List<Meeting.Contribution> loose = m.contributions().stream()
                .filter(c -> c.partId() == null || !parts.contains(c.partId())).toList();
        if (!loose.isEmpty()) {
            out.add(new Block.Heading(w.format("doc.minutes.part", ++number, w.get("doc.minutes.otherContributions"))));
            loose.forEach(c -> out.add(contribution(in, c)));
        }
        return out;
    }

    /** "- Đồng chí Nguyễn Văn An: …", "- Đồng chí Nguyễn Thị Thu (khách mời, Đảng ủy viên): …". */
    private Block contribution(MeetingDocumentInput in, Meeting.Contribution c) {
        String speaker;
        if (c.speakerMemberId() != null) {
            String name = name(in, c.speakerMemberId());
            speaker = w.format("doc.comrade.capital", name == null ? w.get("doc.blank") : name);
        } else {
            Meeting.Guest guest = in.meeting().guests().stream().filter(g -> g.id().equals(c.speakerGuestId()))
                    .findFirst().orElse(null);
            if (guest == null) {
                speaker = w.format("doc.minutes.speaker.guest", w.get("doc.blank"));
            } else if (guest.position() == null || guest.position().isBlank()) {
                speaker = w.format("doc.minutes.speaker.guest", guest.name());
            } else {
                speaker = w.format("doc.minutes.speaker.guestWithPosition", guest.name(), clause(guest.position()));
            }
        }
        List<String> text = lines(c.text());
        String said = text.isEmpty() ? w.get("doc.blank") : String.join(" ", text.stream().map(MeetingDocumentWords::sentence).toList());
        return Block.ListItem.dash(Run.bold(speaker + w.get("doc.minutes.speaker.suffix")), Run.plain(said));
    }

    /** Last meeting's tasks with their results: "- Sửa chữa kênh mương (đồng chí …): Chưa hoàn thành. Do mưa nhiều …". */
    private List<Block> review(MeetingDocumentInput in) {
        List<Block> out = new ArrayList<>();
        for (Meeting.TaskFollowUp f : in.meeting().followUps()) {
            Meeting.TaskAssignment task = in.earlierTasks().get(f.taskId());
            String what = task == null ? w.get("doc.blank") : taskWithAssignees(in, task);
            String result = f.result() == null ? w.get("doc.blank") : w.get("doc.task." + f.result().name());
            if (f.note() != null && !f.note().isBlank()) {
                result = w.format("doc.minutes.review.note", result, clause(f.note()));
            }
            out.add(Block.ListItem.dash(sentence(w.format("doc.minutes.review.item", what, result))));
        }
        return out;
    }

    /** "- Đồng chí Phạm Thị Lan, «item»: hoàn thành; progress (minh chứng: evidence)." per pledge check. */
    private List<Block> pledgeChecks(MeetingDocumentInput in) {
        List<Block> out = new ArrayList<>();
        for (MeetingDocumentInput.PledgeCheck c : in.pledgeChecks()) {
            String result = w.get("doc.pledge.status." + c.status().name());
            if (c.progress() != null && !c.progress().isBlank()) {
                result = w.format("doc.minutes.pledge.progress", result, clause(c.progress()));
            }
            if (c.evidence() != null && !c.evidence().isBlank()) {
                result = w.format("doc.minutes.pledge.evidence", result, clause(c.evidence()));
            }
            out.add(Block.ListItem.dash(sentence(w.format("doc.minutes.pledge.item", c.memberName(), clause(c.item()),
                    result))));
        }
        return out;
    }

    private String taskWithAssignees(MeetingDocumentInput in, Meeting.TaskAssignment task) {
        String description = clause(task.description());
        List<String> names = task.assigneeIds().stream().map(id -> name(in, id)).filter(Objects::nonNull).toList();
        return names.isEmpty() ? description : description + " (" + w.comradeNames(names) + ")";
    }

    /** Tasks assigned at this meeting: "- …; người thực hiện: đồng chí …; thời hạn: ngày 30 tháng 11 năm 2026.". */
    private List<Block> tasks(MeetingDocumentInput in) {
        List<Block> out = new ArrayList<>();
        for (Meeting.TaskAssignment task : in.meeting().tasks()) {
            List<String> parts = new ArrayList<>();
            parts.add(clause(task.description()));
            List<String> names = task.assigneeIds().stream().map(id -> name(in, id)).filter(Objects::nonNull).toList();
            if (!names.isEmpty()) {
                parts.add(w.format("doc.minutes.task.assignees", w.comradeNames(names)));
            }
            if (task.deadline() != null) {
                parts.add(w.format("doc.minutes.task.deadline", VietnameseDates.date(task.deadline())));
            }
            out.add(Block.ListItem.dash(sentence(String.join(w.get("doc.itemSeparator"), parts))));
        }
        return out;
    }

    /** Each vote: its question, then "Biểu quyết: 18/20 đồng chí tán thành, đạt 90%; …" and the result. */
    private List<Block> votes(MeetingDocumentInput in) {
        AttendanceCounts counts = in.counts();
        List<Block> out = new ArrayList<>();
        List<Meeting.Vote> votes = in.meeting().votes();
        for (int i = 0; i < votes.size(); i++) {
            Meeting.Vote v = votes.get(i);
            String question = v.question() == null || v.question().isBlank() ? w.get("doc.blank") : clause(v.question());
            if (v.secretBallot()) {
                question = w.format("doc.vote.secretBallot", question);
            }
            String numbered = votes.size() > 1 ? (i + 1) + ". " + question : question;
            out.add(Block.Paragraph.of(Run.bold(sentence(numbered))));
            out.add(Block.Paragraph.of(Run.bold(w.get("doc.vote.label")),
                    Run.plain(" " + w.voteLine(v.tally(), counts.eligibleVoters()) + " "),
                    Run.plain(w.outcomeLine(v, counts, in.thresholds()))));
        }
        return out;
    }

    private Block selfScore(MeetingDocumentInput in) {
        Map<String, Integer> scores = in.meeting().selfScores();
        SelfScoreSheet sheet = in.sheet();
        String text;
        if (scores.isEmpty()) {
            text = w.get("doc.minutes.selfScore.none");
        } else {
            int total = sheet.total(scores);
            text = w.format("doc.minutes.selfScore", total, sheet.maxTotal(),
                    w.get("doc.grade." + sheet.grade(total).name()));
        }
        return Block.Paragraph.labelled(w.get("doc.minutes.selfScore.label"), text);
    }

    /**
     * "Đi công tác" → "đi công tác" inside the parentheses after a name; a text starting with what looks like a
     * proper name (its second word capitalised too, "Bệnh viện Bạch Mai" aside) or an abbreviation is left as is.
     */
    static String lowerFirst(String s) {
        String[] words = s.split("\\s+");
        if (s.isEmpty() || words[0].length() > 1 && Character.isUpperCase(words[0].charAt(1))
                || words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }
}

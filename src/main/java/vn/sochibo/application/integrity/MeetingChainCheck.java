package vn.sochibo.application.integrity;

import java.util.List;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.meeting.MeetingSummary;

/** The finalized meetings and their correction addenda: every hash and every link of their chains. */
public final class MeetingChainCheck implements IntegrityCheck {
    public static final String ID = "meetings";
    private final MeetingService meetings;

    public MeetingChainCheck(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        List<TamperFinding> found = meetings.verify();
        long finalized = meetings.summaries().stream().filter(MeetingSummary::isFinalized).count();
        List<IntegrityFinding> findings = found.stream().map(MeetingChainCheck::finding).toList();
        return new CheckResult(ID, Problem.of(ID, "integrity.meetings.checked", finalized), findings);
    }

    private static IntegrityFinding finding(TamperFinding f) {
        // The corrected document as a number the message words: 0 the minutes, 1 the resolution.
        int document = f.document() == null ? 0 : f.document().ordinal();
        return new IntegrityFinding(ID, Problem.of(ID, "integrity.meetings.finding." + f.kind().name(),
                f.minutesNumber(), f.date(), f.correctionNumber(), document), f);
    }
}

package vn.sochibo.domain.meeting;

/** What a vote decides; each kind has its own threshold in settings (domain.md §3). */
public enum VoteSubject {
    /** Thông qua nghị quyết: > 1/2 of the base by default. */
    RESOLUTION,
    /** Kết nạp đảng viên: ≥ 2/3 of the base by default. */
    ADMISSION,
    /** Công nhận đảng viên chính thức: ≥ 2/3 of the base by default. */
    RECOGNITION_AS_OFFICIAL,
    /** Xóa tên đảng viên dự bị: ≥ 2/3 of the base by default. */
    STRIKING_OFF_PROBATIONARY,
    /** Kỷ luật (khiển trách, cảnh cáo): > 1/2 of the base by default. */
    DISCIPLINE,
    /** Any other question put to the vote: > 1/2 of the base by default. */
    OTHER;

    public VoteThreshold defaultThreshold() {
        return switch (this) {
            case ADMISSION, RECOGNITION_AS_OFFICIAL, STRIKING_OFF_PROBATIONARY -> VoteThreshold.TWO_THIRDS_OF_BASE;
            case RESOLUTION, DISCIPLINE, OTHER -> VoteThreshold.MAJORITY_OF_BASE;
        };
    }
}

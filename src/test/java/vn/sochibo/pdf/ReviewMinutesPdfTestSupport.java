package vn.sochibo.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.sochibo.domain.review.ReviewLevel;

/** Expected words of the review minutes, worked out independently of the code under test. */
final class ReviewMinutesPdfTestSupport {
    private ReviewMinutesPdfTestSupport() {
    }

    /** 66,7 for 2 of 3; 100 for 3 of 3. */
    static String percent(int part, int whole) {
        BigDecimal v = BigDecimal.valueOf(100L * part).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return v.toPlainString().replace('.', ',');
    }

    static String lower(ReviewLevel level) {
        return switch (level) {
            case EXCELLENT -> "hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "không hoàn thành nhiệm vụ";
        };
    }

    static String abbreviation(ReviewLevel level) {
        return switch (level) {
            case EXCELLENT -> "HTXSNV";
            case GOOD -> "HTTNV";
            case COMPLETED -> "HTNV";
            case NOT_COMPLETED -> "KHTNV";
        };
    }
}

package vn.sochibo.application.integrity;

import java.util.List;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews.TamperFinding;
import vn.sochibo.domain.common.Problem;

/** The finalized annual reviews and the final levels recorded for them: every hash and every link of their chains. */
public final class ReviewChainCheck implements IntegrityCheck {
    public static final String ID = "reviews";
    private final ReviewService reviews;

    public ReviewChainCheck(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        List<IntegrityFinding> findings = reviews.verify().stream().map(ReviewChainCheck::finding).toList();
        return new CheckResult(ID, Problem.of(ID, "integrity.reviews.checked", reviews.finalizedCount()), findings);
    }

    private static IntegrityFinding finding(TamperFinding f) {
        return new IntegrityFinding(ID, Problem.of(ID, "integrity.reviews.finding." + f.kind().name(), f.number(),
                f.title()), f);
    }
}

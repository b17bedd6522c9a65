package vn.sochibo.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.exchange.ExchangeData;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

class ReviewExchangeAndDemoTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-15T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    @Test
    void theDemoHasLastYearsReviewFinalizedWithFinalLevelsAndThisYearsInProgressAndBothRoundTrip() {
        byte[] file;
        ExchangeData before;
        try (AppServices s = Services.open(temp.resolve("a"), CLOCK)) {
            s.demo().create();
            ReviewPeriod last = s.reviews().ofYear(2025).orElseThrow();
            ReviewPeriod current = s.reviews().ofYear(2026).orElseThrow();
            assertThat(last.isFinalized()).isTrue();
            assertThat(current.isFinalized()).isFalse();
            ReviewViews.Summary summary = s.reviews().summaryOfYear(2025);
            assertThat(summary.rows()).isNotEmpty().allMatch(r -> r.finalLevel() != null && r.cellLevel() != null);
            assertThat(summary.finalCounts().count(ReviewLevel.EXCELLENT)).isEqualTo(1);
            assertThat(summary.cellQuota().exceeded()).isFalse();
            assertThat(s.reviews().history(2026)).isNotEmpty();
            assertThat(s.reviews().verify()).isEmpty();
            assertThat(s.integrity().run().ok()).isTrue();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.exchange().exportTo(out);
            file = out.toByteArray();
            before = s.exchange().snapshot();
        }
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("\"reviews\"", "\"finalLevels\"");
        try (AppServices s = Services.open(temp.resolve("b"), CLOCK)) {
            s.exchange().importFrom(new ByteArrayInputStream(file));
            ExchangeData after = s.exchange().snapshot();
            assertThat(after.reviews()).containsExactlyInAnyOrderElementsOf(before.reviews());
            assertThat(after.memberReviews()).containsExactlyInAnyOrderElementsOf(before.memberReviews());
            assertThat(after.finalLevels()).containsExactlyInAnyOrderElementsOf(before.finalLevels());
            assertThat(s.reviews().verify()).isEmpty();
        }
        // a level changed in the file after finalizing: the file is refused, nothing is imported
        String text = new String(file, StandardCharsets.UTF_8);
        String tampered = text.replaceFirst("\"cellLevel\" : \"GOOD\"", "\"cellLevel\" : \"EXCELLENT\"");
        assertThat(tampered).isNotEqualTo(text);
        try (AppServices s = Services.open(temp.resolve("c"), CLOCK)) {
            assertThatThrownBy(() -> s.exchange().importFrom(new ByteArrayInputStream(
                    tampered.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(FileRejectedException.class)
                    .satisfies(e -> assertThat(((FileRejectedException) e).problems())
                            .extracting(p -> p.problem().messageKey()).containsExactly("exchange.error.hashMismatch"));
            assertThat(s.members().all()).isEmpty();
        }
    }
}

package vn.sochibo.application.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.review.ReviewViews.HistoryRow;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.application.review.ReviewViews.YearLevels;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.LevelCounts;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.QuotaRule;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.ReviewScoreSheet;

/** The read-only overviews: the summary table of a period and each member's levels over three years. */
final class ReviewReports {
    private final ReviewRepository reviews;
    private final ReviewLookup lookup;
    private final ReviewSettings settings;
    private final Transactions transactions;

    ReviewReports(ReviewRepository reviews, ReviewLookup lookup, ReviewSettings settings, Transactions transactions) {
        this.reviews = reviews;
        this.lookup = lookup;
        this.settings = settings;
        this.transactions = transactions;
    }

    Summary summary(UUID periodId) {
        return transactions.inTransaction(() -> {
            ReviewPeriod p = lookup.period(periodId);
            Map<UUID, MemberReview> parts = lookup.reviewsByMember(periodId);
            Map<UUID, FinalLevel> finals = reviews.finalLevels(periodId).stream()
                    .collect(Collectors.toMap(FinalLevel::memberId, Function.identity()));
            List<Participant> all = lookup.participants(p, parts);
            List<SummaryRow> rows = new ArrayList<>();
            for (Participant x : all.stream().filter(Participant::included).toList()) {
                MemberReview r = parts.getOrDefault(x.memberId(), MemberReview.empty(Ids.newId(), periodId,
                        x.memberId()));
                FinalLevel f = finals.get(x.memberId());
                ReviewScoreSheet sheet = settings.scoreSheetFor(r.scores().keySet());
                rows.add(new SummaryRow(x.memberId(), x.fullName(), r.selfLevel(),
                        r.scores().isEmpty() ? null : sheet.levelOf(sheet.total(r.scores())), r.cellLevel(),
                        f == null ? null : f.level(), f));
            }
            LevelCounts self = LevelCounts.of(rows.stream().map(SummaryRow::selfLevel).toList());
            LevelCounts cellCounts = LevelCounts.of(rows.stream().map(SummaryRow::cellLevel).toList());
            LevelCounts finalCounts = LevelCounts.of(rows.stream().map(SummaryRow::finalLevel).toList());
            QuotaRule rule = settings.quota();
            return new Summary(p, rows, all.stream().filter(x -> !x.included()).toList(), self, cellCounts,
                    finalCounts, rule.check(cellCounts.count(ReviewLevel.EXCELLENT), cellCounts.count(ReviewLevel.GOOD)),
                    rule.check(finalCounts.count(ReviewLevel.EXCELLENT), finalCounts.count(ReviewLevel.GOOD)));
        });
    }

    List<HistoryRow> history(int year) {
        return transactions.inTransaction(() -> {
            Map<UUID, List<YearLevels>> byMember = new HashMap<>();
            for (ReviewRepository.LevelRow row : reviews.levelsOfYears(year - 2, year)) {
                byMember.computeIfAbsent(row.memberId(), k -> new ArrayList<>()).add(new YearLevels(row.year(),
                        row.included() == null || row.included(), row.selfLevel(), row.cellLevel(),
                        row.finalLevel()));
            }
            List<HistoryRow> rows = new ArrayList<>();
            for (Member m : lookup.sortedMembers()) {
                List<YearLevels> years = byMember.get(m.id());
                if (years != null) {
                    rows.add(new HistoryRow(m.id(), m.fullName(),
                            years.stream().sorted(Comparator.comparingInt(YearLevels::year)).toList()));
                }
            }
            return rows;
        });
    }
}

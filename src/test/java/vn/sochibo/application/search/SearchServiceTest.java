package vn.sochibo.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/** The search over the demo cell (members, meetings, contributions, votes, tasks, pledges, reviews). */
class SearchServiceTest {
    @TempDir
    static Path temp;
    static AppServices services;
    static SearchService search;

    @BeforeAll
    static void demoCell() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        services = Services.open(temp, clock);
        services.demo().create();
        search = services.search();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    private static SearchResult.Group group(SearchResult result, SearchKind kind) {
        return result.groups().stream().filter(g -> g.kind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " in " + result.groups()));
    }

    @Test
    void dangPhiFindsDuesInMeetingsContributionsAndTasks() {
        SearchResult result = search.search("dang phi", 5);
        assertThat(result.groups()).extracting(SearchResult.Group::kind)
                .contains(SearchKind.MEETING, SearchKind.CONTRIBUTION, SearchKind.TASK);
        for (SearchResult.Group g : result.groups()) {
            assertThat(g.hits()).hasSizeLessThanOrEqualTo(5);
            assertThat(g.count()).isGreaterThanOrEqualTo(g.hits().size());
            for (SearchHit hit : g.hits()) {
                List<String> marked = new java.util.ArrayList<>(hit.title().markedParts());
                marked.addAll(hit.snippet().markedParts());
                assertThat(marked).extracting(Folded::fold).contains("dang", "phi");
            }
        }
        SearchHit task = group(result, SearchKind.TASK).hits().get(0);
        assertThat(task.snippet().text()).contains("Thu đảng phí");
        assertThat(task.title().text()).startsWith("Sinh hoạt");
        assertThat(task.ref().ownerId()).isNotNull();
        assertThat(services.meetings().find(task.ref().ownerId())).isPresent();
    }

    @Test
    void kiemDiemFindsReviews() {
        SearchResult result = search.search("KIEM DIEM", 3);
        SearchResult.Group reviews = group(result, SearchKind.REVIEW);
        assertThat(reviews.hits()).isNotEmpty();
        SearchHit hit = reviews.hits().get(0);
        assertThat(hit.ref().year()).isPositive();
        List<String> marked = new java.util.ArrayList<>(hit.title().markedParts());
        marked.addAll(hit.snippet().markedParts());
        assertThat(marked).extracting(Folded::fold).contains("kiem", "diem");
        assertThat(marked).contains("điểm");
    }

    @Test
    void memberFoundByFoldedNamePrefixAndOtherFields() {
        Member giang = services.members().add(new MemberInput("Đặng Thị Giang Tìm", Gender.FEMALE, null,
                "Xã Hải Phong", "Thủ quỹ chi hội", LocalDate.of(2010, 3, 2), LocalDate.of(2011, 3, 2), null, null,
                "Phụ trách thu đảng phí"));
        SearchResult result = search.search("giang tim", 10);
        SearchResult.Group members = group(result, SearchKind.MEMBER);
        assertThat(members.count()).isEqualTo(1);
        SearchHit hit = members.hits().get(0);
        assertThat(hit.ref()).isEqualTo(new SearchRef(SearchKind.MEMBER, giang.id(), giang.id(), 0));
        assertThat(hit.title().markedParts()).containsExactly("Giang", "Tìm");
        // Prefixes, any order, other fields: the index saw the member added after the first search.
        assertThat(group(search.search("quy DANG", 10), SearchKind.MEMBER).hits())
                .extracting(h -> h.ref().id()).contains(giang.id());
        assertThat(search.search("tim giang thu quy", 10).total()).isEqualTo(1);
    }

    @Test
    void votesAndPledgesAreFound() {
        SearchResult.Group votes = group(search.search("thong qua nghi quyet", 2), SearchKind.VOTE);
        assertThat(votes.count()).isGreaterThan(2);
        assertThat(votes.hits()).hasSize(2);
        SearchResult.Group pledges = group(search.search("viec tot kho khan", 5), SearchKind.PLEDGE);
        SearchHit pledge = pledges.hits().get(0);
        assertThat(pledge.title().text()).startsWith("Cam kết năm ");
        assertThat(pledge.ref().year()).isGreaterThan(2000);
        assertThat(services.pledges().find(pledge.ref().ownerId(), pledge.ref().year())).isPresent();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(search.search("dang phi xyzzy", 10).isEmpty()).isTrue();
        assertThat(search.search("ang", 10).groups()).noneMatch(g -> g.kind() == SearchKind.MEMBER
                && g.hits().stream().anyMatch(h -> h.title().text().equals("Đặng Thị Giang Tìm")));
    }

    @Test
    void tooShortOrTooLongQueriesAreRefusedWithAMessage() {
        for (String query : new String[] {null, "", "   ", "a", "đ", "!!", "- ."}) {
            assertThatThrownBy(() -> search.search(query, 10)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).messageKey())
                            .isEqualTo("search.error.tooShort"));
        }
        assertThatThrownBy(() -> search.search("a".repeat(SearchService.MAX_LENGTH + 1), 10))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).messageKey())
                        .isEqualTo("search.error.tooLong"));
    }

    @Test
    void theIndexIsRebuiltOnlyAfterAChange() {
        search.search("chi bo", 1);
        SearchService.Stats first = search.stats();
        search.search("nghi quyet", 1);
        assertThat(search.stats()).isSameAs(first);
        services.members().add(new MemberInput("Lữ Văn Mới", Gender.MALE, null, null, null, LocalDate.of(2015, 1, 1),
                LocalDate.of(2016, 1, 1), null, null, null));
        assertThat(group(search.search("lu van moi", 1), SearchKind.MEMBER).count()).isEqualTo(1);
        assertThat(search.stats()).isNotSameAs(first);
        assertThat(search.stats().records()).isEqualTo(first.records() + 1);
    }
}

package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.application.search.SearchResult;
import vn.sochibo.application.search.SearchService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;

/**
 * The search answers from a current index without a unit of work, so it does not wait for one that holds the store
 * (a backup's script), and never answers from an index older than the last commit (ADR 0014, "Searching beside the
 * queue").
 */
class SearchWithoutUnitOfWorkTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    Database db;
    JdbcTransactions tx;
    SearchService search;
    final CountDownLatch held = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    Thread holder;

    @BeforeEach
    void cellWithTwoMembers() {
        try (AppServices s = Services.open(folder, CLOCK)) {
            s.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                    LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
            for (String name : List.of("Nguyễn Thị Hoà", "Lê Văn Bình")) {
                s.members().add(new MemberInput(name, Gender.FEMALE, LocalDate.of(1980, 5, 1), "Hải Phong",
                        "Nông dân", LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), null, null, null));
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        db = Database.open(folder);
        tx = db.jdbcTransactions();
        search = new SearchService(db.searchSource(), tx, Messages.vietnamese());
    }

    @AfterEach
    void close() throws InterruptedException {
        release.countDown();
        if (holder != null) {
            holder.join(10_000);
        }
        db.close();
    }

    /** Holds the store in a unit of work on another thread (as the backup's SCRIPT does) until released. */
    private void holdTheStore(Runnable inside) throws InterruptedException {
        holder = new Thread(() -> tx.inTransaction(() -> {
            inside.run();
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }), "holder");
        holder.start();
        assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCurrentIndexAnswersWhileAnotherUnitOfWorkHoldsTheStore() throws Exception {
        search.warmUp();
        holdTheStore(() -> { });

        CompletableFuture<SearchResult> result = CompletableFuture.supplyAsync(() -> search.search("nguyen hoa", 5));

        assertThat(result.get(5, TimeUnit.SECONDS).total()).isEqualTo(1);
        assertThat(holder.isAlive()).as("the other unit of work still holds the store").isTrue();
    }

    @Test
    void aChangeNotYetCommittedIsNotSeenAndOnceCommittedTheIndexIsBuiltAgain() throws Exception {
        search.warmUp();
        holdTheStore(() -> {
            try (Statement s = tx.connection().createStatement()) {
                s.executeUpdate("UPDATE member SET note = 'Phụ trách khuyến học' WHERE full_name = 'Lê Văn Bình'");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        // H2 moves its counter when a unit of work commits: until then the data as last committed is the answer.
        CompletableFuture<SearchResult> during = CompletableFuture.supplyAsync(() -> search.search("khuyen hoc", 5));
        assertThat(during.get(5, TimeUnit.SECONDS).total()).isZero();
        assertThat(holder.isAlive()).isTrue();

        release.countDown();
        holder.join(5_000);
        SearchService.Stats before = search.stats();
        assertThat(search.search("khuyen hoc", 5).total()).isEqualTo(1);
        assertThat(search.stats()).as("built again after the commit").isNotSameAs(before);
    }
}

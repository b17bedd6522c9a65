package vn.sochibo.application.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Gender;

class CellServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-03T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDate START = LocalDate.of(2025, 7, 1);
    static final LocalDate END = LocalDate.of(2030, 6, 30);

    @TempDir
    Path dir;
    AppServices app;
    UUID a;
    UUID b;
    UUID c;
    UUID d;
    UUID e;

    @BeforeEach
    void open() {
        app = Services.open(dir, CLOCK);
        a = add("Trần Văn An");
        b = add("Lê Thị Bình");
        c = add("Phạm Văn Cường");
        d = add("Vũ Văn Dũng");
        e = add("Hoàng Văn Em");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void reopen() {
        app.close();
        app = Services.open(dir, CLOCK);
    }

    private UUID add(String name) {
        return app.members().add(new MemberInput(name, Gender.MALE, null, null, null, LocalDate.of(2005, 1, 1),
                LocalDate.of(2006, 1, 1), null, null, null)).id();
    }

    private static List<Problem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException ex) {
            return ex.problems();
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void aNewFolderIsNotSetUp() {
        assertThat(app.cell().isSetUp()).isFalse();
        assertThat(app.cell().profile()).isEmpty();
    }

    @Test
    void theProfileIsSavedAndLoadedWithTheCommitteeInItsOrder() {
        CellProfile saved = app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                START, END, a, b, List.of(e, c, d)));
        reopen();
        assertThat(app.cell().isSetUp()).isTrue();
        CellProfile loaded = app.cell().profile().orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.committeeMemberIds()).containsExactly(e, c, d);
        assertThat(loaded.secretaryId()).isEqualTo(a);
        assertThat(loaded.deputyId()).isEqualTo(b);
        assertThat(loaded.termStart()).isEqualTo(START);
        assertThat(loaded.termEnd()).isEqualTo(END);
    }

    @Test
    void savingAgainReplacesTheCommittee() {
        app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã", "Quảng Trị", START, END, a, b,
                List.of(c, d, e)));
        app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã", "Quảng Trị", START, END, c, null,
                List.of(d, a)));
        reopen();
        CellProfile loaded = app.cell().profile().orElseThrow();
        assertThat(loaded.secretaryId()).isEqualTo(c);
        assertThat(loaded.deputyId()).isNull();
        assertThat(loaded.committeeMemberIds()).containsExactly(d, a);
        // The members who left the committee can be deleted again.
        app.members().delete(e);
        assertThat(app.members().find(e)).isEmpty();
    }

    @Test
    void textIsCleanedAndNfcNormalised() {
        app.cell().save(new CellProfile("  Chi bo\u0323\u0302  Tho\u0302n Đông ", "Đảng bộ xa\u0303 Hải Phong",
                " Qua\u0309ng Tri\u0323 ", START, END, null, null, List.of()));
        reopen();
        CellProfile loaded = app.cell().profile().orElseThrow();
        assertThat(loaded.cellName()).isEqualTo("Chi bộ Thôn Đông");
        assertThat(loaded.upperOrganisation()).isEqualTo("Đảng bộ xã Hải Phong");
        assertThat(loaded.placeName()).isEqualTo("Quảng Trị");
    }

    @Test
    void anInvalidProfileIsRefusedAndTheSavedOneStays() {
        CellProfile saved = app.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã", "Quảng Trị", START, END,
                a, b, List.of(c)));
        assertThat(problemsOf(() -> app.cell().save(new CellProfile("   ", "Đảng bộ xã", "Quảng Trị", END, START, a,
                a, List.of(d))))).extracting(Problem::messageKey)
                .containsExactly("cell.error.nameRequired", "cell.error.termOrder", "cell.error.deputyIsSecretary");
        reopen();
        assertThat(app.cell().profile()).contains(saved);
    }

    @Test
    void aCommitteeOfPeopleNotOnTheRosterIsRefused() {
        UUID stranger = UUID.randomUUID();
        assertThat(problemsOf(() -> app.cell().save(new CellProfile("Chi bộ", "Đảng bộ", "Huế", START, END, a, null,
                List.of(c, stranger))))).containsExactly(Problem.of("committeeMemberIds", "cell.error.unknownMember"));
        assertThat(problemsOf(() -> app.cell().save(new CellProfile("Chi bộ", "Đảng bộ", "Huế", START, END, stranger,
                null, List.of())))).extracting(Problem::messageKey).containsExactly("cell.error.unknownMember");
        assertThat(app.cell().isSetUp()).isFalse();
    }
}

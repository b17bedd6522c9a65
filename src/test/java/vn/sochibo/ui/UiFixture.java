package vn.sochibo.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/** Real services on a fresh H2 folder, a fixed day, a same-thread runner, and a recorder of reported errors. */
public final class UiFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    public final AppServices services;
    public final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    public final UiText text = UiText.vietnamese();
    public final List<Throwable> reported = new ArrayList<>();
    public final ErrorReporter errors = reported::add;

    public UiFixture(Path folder) {
        this.services = Services.open(folder, CLOCK);
    }

    public Member addMember(String name, Gender gender, LocalDate admission, LocalDate official) {
        return services.members().add(new MemberInput(name, gender, LocalDate.of(1980, 5, 1), "Hải Phong",
                "Nông dân", admission, official, null, null, null));
    }

    public CellProfile setUpCell() {
        return services.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
    }

    @Override
    public void close() {
        services.close();
    }
}

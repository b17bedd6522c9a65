package vn.sochibo.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.demo.DemoCell;
import vn.sochibo.application.exchange.ExchangeService;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberCsvImport;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.persistence.Database;

/** The composition root: the only place that builds the concrete classes and wires them together. */
public final class Services implements AppServices {
    private final Database database;
    private final MemberService members;
    private final MemberCsvImport memberCsvImport;
    private final MeetingService meetings;
    private final CellService cell;
    private final SettingsService settings;
    private final ExchangeService exchange;
    private final DemoCell demo;

    private Services(Database database, Clock clock) {
        this.database = database;
        var memberRepository = database.memberRepository();
        var cellRepository = database.cellProfileRepository();
        var meetingRepository = database.meetingRepository();
        var tx = database.transactions();
        this.members = new MemberService(memberRepository, cellRepository, tx, clock);
        this.memberCsvImport = new MemberCsvImport(members, tx);
        this.cell = new CellService(cellRepository, memberRepository, tx);
        this.meetings = new MeetingService(meetingRepository, memberRepository, cellRepository, tx, database, clock);
        this.settings = new SettingsService(database.settingsRepository(), tx);
        this.exchange = new ExchangeService(memberRepository, meetingRepository, cellRepository,
                database.settingsRepository(), tx, database, clock);
        this.demo = new DemoCell(members, cell, meetings, settings, tx);
    }

    public static AppServices open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    public static AppServices open(Path dataFolder, Clock clock) {
        return new Services(Database.open(dataFolder), clock);
    }

    @Override
    public Path dataFolder() {
        return database.dataDir();
    }

    @Override
    public MemberService members() {
        return members;
    }

    @Override
    public MemberCsvImport memberCsvImport() {
        return memberCsvImport;
    }

    @Override
    public MeetingService meetings() {
        return meetings;
    }

    @Override
    public CellService cell() {
        return cell;
    }

    @Override
    public SettingsService settings() {
        return settings;
    }

    @Override
    public ExchangeService exchange() {
        return exchange;
    }

    @Override
    public DemoCell demo() {
        return demo;
    }

    @Override
    public Path setDemoCellAside() {
        if (!settings.isDemoCell()) {
            throw new ValidationException(Problem.of("store", "demo.error.notDemo"));
        }
        return database.closeAndSetAside("demo");
    }

    @Override
    public void close() {
        database.close();
    }
}

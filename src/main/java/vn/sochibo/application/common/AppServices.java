package vn.sochibo.application.common;

import java.nio.file.Path;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.demo.DemoCell;
import vn.sochibo.application.exchange.ExchangeService;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberCsvImport;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.settings.SettingsService;

/**
 * The application services over one open data folder, as wired by the composition root. The GUI and the
 * CLI both work through this; closing it closes the store cleanly.
 */
public interface AppServices extends AutoCloseable {
    Path dataFolder();

    MemberService members();

    MemberCsvImport memberCsvImport();

    MeetingService meetings();

    CellService cell();

    SettingsService settings();

    ExchangeService exchange();

    DemoCell demo();

    @Override
    void close();

    /** Opens the data folder (creating it when new); throws a {@link StoreException} with a message key. */
    interface Opener {
        AppServices open(Path dataFolder);
    }
}

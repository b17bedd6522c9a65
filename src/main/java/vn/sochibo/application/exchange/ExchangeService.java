package vn.sochibo.application.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.application.common.AppInfo;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.settings.SettingsRepository;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.member.Member;

/**
 * Export and import of the whole data set in the JSON exchange format (docs/data-format.md). Import checks
 * the whole file first and writes nothing if any record is bad; it only fills an empty data folder.
 */
public class ExchangeService {
    private final MemberRepository members;
    private final CellProfileRepository cell;
    private final SettingsRepository settings;
    private final Transactions transactions;
    private final StoreSync storeSync;
    private final Clock clock;

    public ExchangeService(MemberRepository members, CellProfileRepository cell, SettingsRepository settings,
            Transactions transactions, StoreSync storeSync, Clock clock) {
        this.members = members;
        this.cell = cell;
        this.settings = settings;
        this.transactions = transactions;
        this.storeSync = storeSync;
        this.clock = clock;
    }

    /** Everything in the store, as one consistent snapshot. */
    public ExchangeData snapshot() {
        return transactions.inTransaction(() -> new ExchangeData(cell.load().orElse(null), members.findAll(),
                settings.all()));
    }

    public void exportTo(OutputStream out) {
        ExchangeData data = snapshot();
        try {
            ExchangeWriter.write(data, AppInfo.version(), clock.instant(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads, checks and imports a file into an empty store, all or nothing.
     *
     * @throws vn.sochibo.application.common.FileRejectedException when the file has any bad record
     * @throws ValidationException when the store already holds data
     */
    public ImportSummary importFrom(InputStream in) {
        ExchangeData data = ExchangeReader.read(in, LocalDate.now(clock));
        ImportSummary summary = transactions.inTransaction(() -> {
            if (members.count() > 0 || cell.load().isPresent()) {
                throw new ValidationException(Problem.of("store", "exchange.error.storeNotEmpty"));
            }
            for (Member m : data.members()) {
                members.save(m);
            }
            if (data.cell() != null) {
                cell.save(data.cell());
            }
            data.settings().forEach(settings::put);
            return new ImportSummary(data.members().size(),
                    data.members().stream().mapToInt(m -> m.history().size()).sum());
        });
        storeSync.syncToDisk();
        return summary;
    }

    public record ImportSummary(int members, int statusEvents) {
    }
}

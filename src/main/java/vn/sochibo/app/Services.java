package vn.sochibo.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.demo.DemoCell;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.document.PagePreview;
import vn.sochibo.application.exchange.ExchangeService;
import vn.sochibo.application.integrity.AuditChainCheck;
import vn.sochibo.application.integrity.DatabaseCheck;
import vn.sochibo.application.integrity.IntegrityService;
import vn.sochibo.application.integrity.MeetingChainCheck;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MeetingDocuments;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberCsvImport;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.pledge.PledgeDocuments;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.application.settings.SettingsService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.pdf.PartyPdfRenderer;
import vn.sochibo.pdf.PdfBoxPagePreview;
import vn.sochibo.pdf.PdfBoxPrinter;
import vn.sochibo.persistence.Database;

/** The composition root: the only place that builds the concrete classes and wires them together. */
public final class Services implements AppServices {
    private final Database database;
    private final MemberService members;
    private final MemberCsvImport memberCsvImport;
    private final MeetingService meetings;
    private final MeetingDocuments meetingDocuments;
    private final PagePreview pagePreview = new PdfBoxPagePreview();
    private final DocumentPrinter documentPrinter;
    private final CellService cell;
    private final SettingsService settings;
    private final ExchangeService exchange;
    private final ArchiveService archive;
    private final DemoCell demo;
    private final BackupService backups;
    private final PasswordService security;
    private final RestoreService restores;
    private final AuditTrail audit;
    private final IntegrityService integrity;
    private final PledgeService pledges;
    private final PledgeDocuments pledgeDocuments;
    private final vn.sochibo.application.review.ReviewService reviews;
    private final vn.sochibo.application.review.ReviewDocuments reviewDocuments;
    private final vn.sochibo.application.book.RecordBooks books;
    private final vn.sochibo.application.dossier.MemberDossiers dossiers;
    private final vn.sochibo.application.search.SearchService search;

    /** The longest the store's close waits for a backup being checked (its check takes seconds). */
    private static final java.time.Duration CHECK_WAIT = java.time.Duration.ofMinutes(2);

    private Services(Database database, Clock clock, DocumentPrinter printer, String osUser) {
        this.database = database;
        this.documentPrinter = java.util.Objects.requireNonNull(printer, "printer");
        var memberRepository = database.memberRepository();
        var cellRepository = database.cellProfileRepository();
        var meetingRepository = database.meetingRepository();
        var tx = database.transactions();
        this.audit = new AuditTrail(database.auditLog(), tx, clock, osUser);
        this.members = new MemberService(memberRepository, cellRepository, tx, audit, clock);
        this.memberCsvImport = new MemberCsvImport(members, tx);
        this.cell = new CellService(cellRepository, memberRepository, tx, audit);
        this.settings = new SettingsService(database.settingsRepository(), tx, audit);
        this.meetings = new MeetingService(meetingRepository, memberRepository, cellRepository, tx, database, audit, clock);
        this.pledges = new PledgeService(database.pledgeRepository(), memberRepository, meetingRepository, tx, audit,
                clock);
        this.reviews = new vn.sochibo.application.review.ReviewService(database.reviewRepository(), memberRepository,
                meetingRepository, cellRepository, new vn.sochibo.application.review.ReviewSettings(
                        database.settingsRepository(), tx, audit), pledges, tx, database, audit, clock);
        // One renderer for every document, built on first use: iText's cold start (1-2 s) is not paid at start-up.
        var renderer = new Lazy<>(PartyPdfRenderer::new);
        this.meetingDocuments = new MeetingDocuments(meetingRepository, memberRepository, cellRepository, tx,
                renderer, m -> settings.scoreSheetFor(m.selfScores()), settings::voteThresholds,
                MeetingDocumentWords.vietnamese(), pledges::checksAt);
        this.books = new vn.sochibo.application.book.RecordBooks(meetings, meetingDocuments, cell, renderer);
        this.dossiers = new vn.sochibo.application.dossier.MemberDossiers(members, meetings, pledges, reviews, cell,
                renderer);
        this.pledgeDocuments = new PledgeDocuments(pledges, memberRepository, cellRepository, tx, renderer);
        this.reviewDocuments = new vn.sochibo.application.review.ReviewDocuments(reviews, memberRepository,
                cellRepository, tx, renderer);
        this.exchange = new ExchangeService(memberRepository, meetingRepository, cellRepository,
                database.settingsRepository(), tx, database, audit, clock, database.pledgeRepository(),
                database.reviewRepository());
        this.search = new vn.sochibo.application.search.SearchService(database.searchSource(), tx,
                vn.sochibo.application.common.Messages.vietnamese());
        this.archive = new ArchiveService(exchange, meetingDocuments, clock);
        this.demo = new DemoCell(members, cell, meetings, settings, tx, pledges, reviews);
        this.backups = new BackupService(database.backupStore(), database.backupKeys(), database.dataDir(),
                () -> settings, audit, clock);
        this.security = new PasswordService(database);
        this.restores = RestoreService.ofOpenFolder(backups, database.restoreStore(),
                (log, restoredTx) -> new AuditTrail(log, restoredTx, clock, osUser));
        // The database first (a damaged file makes the chains' findings moot), then each chain of records.
        this.integrity = new IntegrityService(List.of(new DatabaseCheck(database.databaseScan()),
                new MeetingChainCheck(meetings), new vn.sochibo.application.integrity.ReviewChainCheck(reviews),
                new AuditChainCheck(audit)));
    }

    public static AppServices open(Path dataFolder) {
        return open(dataFolder, Clock.systemDefaultZone());
    }

    public static AppServices open(Path dataFolder, Clock clock) {
        return open(dataFolder, clock, new PdfBoxPrinter());
    }

    /** With another printer than the operating system's print dialog (the UI tests record what is printed). */
    public static AppServices open(Path dataFolder, Clock clock, DocumentPrinter printer) {
        return open(dataFolder, clock, printer, System.getProperty("user.name"));
    }

    /** With the operating-system user the audit trail records given (tests name one). */
    public static AppServices open(Path dataFolder, Clock clock, DocumentPrinter printer, String osUser) {
        return new Services(Database.open(dataFolder), clock, printer, osUser);
    }

    /** Opens a data folder that may be protected by a password, asking {@code prompt} for it. */
    public static AppServices open(Path dataFolder, Clock clock, DocumentPrinter printer, PasswordPrompt prompt) {
        return new Services(Database.open(dataFolder, prompt), clock, printer, System.getProperty("user.name"));
    }

    /** The opener of the app and the command line: the system clock, the real printer, passwords asked for. */
    public static AppServices.Opener opener() {
        return new AppServices.Opener() {
            @Override
            public AppServices open(Path dataFolder) {
                return Services.open(dataFolder);
            }

            @Override
            public AppServices open(Path dataFolder, PasswordPrompt prompt) {
                return Services.open(dataFolder, Clock.systemDefaultZone(), new PdfBoxPrinter(), prompt);
            }
        };
    }

    /**
     * For tests only: an opener writing key files with {@code kdfIterations} PBKDF2 iterations instead of
     * the production 600,000, so that a test does not spend a quarter of a second on each password.
     */
    public static AppServices.Opener openerForTests(Clock clock, DocumentPrinter printer, int kdfIterations) {
        return new AppServices.Opener() {
            @Override
            public AppServices open(Path dataFolder) {
                return open(dataFolder, PasswordPrompt.NONE);
            }

            @Override
            public AppServices open(Path dataFolder, PasswordPrompt prompt) {
                return new Services(Database.open(dataFolder, prompt, kdfIterations), clock, printer,
                        System.getProperty("user.name"));
            }
        };
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
    public MeetingDocuments meetingDocuments() {
        return meetingDocuments;
    }

    @Override
    public PagePreview pagePreview() {
        return pagePreview;
    }

    @Override
    public DocumentPrinter documentPrinter() {
        return documentPrinter;
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
    public ArchiveService archive() {
        return archive;
    }

    @Override
    public DemoCell demo() {
        return demo;
    }

    @Override
    public BackupService backups() {
        return backups;
    }

    @Override
    public PasswordService security() {
        return security;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public IntegrityService integrity() {
        return integrity;
    }

    @Override
    public PledgeService pledges() {
        return pledges;
    }

    @Override
    public vn.sochibo.application.book.RecordBooks books() {
        return books;
    }

    @Override
    public vn.sochibo.application.dossier.MemberDossiers dossiers() {
        return dossiers;
    }

    @Override
    public PledgeDocuments pledgeDocuments() {
        return pledgeDocuments;
    }

    @Override
    public vn.sochibo.application.review.ReviewService reviews() {
        return reviews;
    }

    @Override
    public vn.sochibo.application.review.ReviewDocuments reviewDocuments() {
        return reviewDocuments;
    }

    @Override
    public vn.sochibo.application.search.SearchService search() {
        return search;
    }

    @Override
    public Path setDemoCellAside() {
        if (!settings.isDemoCell()) {
            throw new ValidationException(Problem.of("store", "demo.error.notDemo"));
        }
        backups.awaitChecks(CHECK_WAIT);
        return database.closeAndSetAside("demo");
    }

    @Override
    public RestoreService.Restored restore(Path backupFile, PasswordPrompt backupPassword) {
        backups.awaitChecks(CHECK_WAIT);
        return restores.restore(backupFile, backupPassword);
    }

    @Override
    public boolean isOpen() {
        return database.isOpen();
    }

    @Override
    public void close() {
        // A daily backup being checked beside the queue records itself in the audit trail at its end.
        backups.awaitChecks(CHECK_WAIT);
        database.close();
    }

    /**
     * Restores into a data folder whose database does not open (a damaged or foreign file): lists and checks its
     * backups, and sets the file aside (never deletes it) when putting a backup in its place.
     */
    public static RestoreService recovery(Path dataFolder) {
        return recovery(dataFolder, Clock.systemDefaultZone());
    }

    public static RestoreService recovery(Path dataFolder, Clock clock) {
        return recovery(dataFolder, clock, PasswordPrompt.NONE);
    }

    /**
     * As {@link #recovery(Path, Clock)}; when the folder is password-protected, {@code folderPassword} unlocks its
     * key file, so that the restored data stays protected under the same password.
     */
    public static RestoreService recovery(Path dataFolder, Clock clock, PasswordPrompt folderPassword) {
        BackupService checker = new BackupService(Database.backupChecker(), Database.backupKeyOpener(), dataFolder,
                () -> {
                    throw new IllegalStateException("the data folder does not open: no backup can be made of it");
                }, null, clock); // only checks backups: it never makes one, so it records nothing
        String osUser = System.getProperty("user.name");
        return RestoreService.ofUnreadableFolder(checker,
                Database.restoreStoreForClosedFolder(dataFolder, folderPassword),
                (log, tx) -> new AuditTrail(log, tx, clock, osUser));
    }

    /** The start-up recovery and the command line's restore of a folder whose database does not open. */
    public static AppServices.Recovery recovery() {
        return new AppServices.Recovery() {
            @Override
            public RestoreService over(Path dataFolder) {
                return Services.recovery(dataFolder);
            }

            @Override
            public RestoreService over(Path dataFolder, PasswordPrompt folderPassword) {
                return Services.recovery(dataFolder, Clock.systemDefaultZone(), folderPassword);
            }
        };
    }

    /** A value built once, on the first {@code get()}, by whichever thread asks first. */
    private static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> factory;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}

package vn.sochibo.application.common;

import java.nio.file.Path;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.backup.RestoreService;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.demo.DemoCell;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.document.PagePreview;
import vn.sochibo.application.exchange.ExchangeService;
import vn.sochibo.application.meeting.MeetingDocuments;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.application.member.MemberCsvImport;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.application.pledge.PledgeDocuments;
import vn.sochibo.application.pledge.PledgeService;
import vn.sochibo.application.security.PasswordService;
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

    /** Minutes and resolutions of recorded meetings, as documents and PDFs. */
    MeetingDocuments meetingDocuments();

    /** The yearly (or term) books of finalized minutes and resolutions, as one PDF each (issue 7). */
    vn.sochibo.application.book.RecordBooks books();

    /** Each member's dossier for a year: on screen and as a PDF (issue 7). */
    vn.sochibo.application.dossier.MemberDossiers dossiers();

    /** Page images of a rendered document, for the print preview. */
    PagePreview pagePreview();

    /** Prints a rendered document through the operating system's print dialog. */
    DocumentPrinter documentPrinter();

    CellService cell();

    SettingsService settings();

    ExchangeService exchange();

    /** The handover archive: data, finalized documents and a manifest in one file, optionally encrypted. */
    ArchiveService archive();

    DemoCell demo();

    /** Verified backups of the data folder (automatic and manual). */
    BackupService backups();

    /** The optional password of the data folder: set, change, remove (ADR 0009). */
    PasswordService security();

    /** The audit trail: who changed what and when; insert-only (ADR 0007). */
    AuditTrail audit();

    /** The whole integrity check: the database file and every chain of records (`verify`, "Kiểm tra ngay"). */
    vn.sochibo.application.integrity.IntegrityService integrity();

    /** Yearly pledges, their follow-ups and figures (issue 5). */
    PledgeService pledges();

    /** Each member's pledge form and the cell's pledge summary, as documents and PDFs. */
    PledgeDocuments pledgeDocuments();

    /** The annual review: self-reviews, scores, the cell's vote, final levels, summary and history (issue 6). */
    vn.sochibo.application.review.ReviewService reviews();

    /** The review's summary table for the upper committee and each member's self-review form, as PDFs. */
    vn.sochibo.application.review.ReviewDocuments reviewDocuments();

    /** Search across everything: members, meetings and minutes, contributions, votes, tasks, pledges, reviews. */
    vn.sochibo.application.search.SearchService search();

    /** The statistics of a year or of the term (issue 7): reads through the services above, changes nothing. */
    default vn.sochibo.application.statistics.StatisticsService statistics() {
        return new vn.sochibo.application.statistics.StatisticsService(meetings(), members(), pledges(), reviews(),
                settings(), cell());
    }

    /**
     * Leaves the demo cell: closes the store and moves its database, untouched, into
     * {@code <data>/set-aside/demo-<yyyyMMdd-HHmmss>/}, so that the data folder opens next as a new, empty one
     * for the real cell. Nothing is deleted. Refused (a {@code ValidationException}, the store left open and
     * unchanged) when the folder does not hold the demo cell. After any other failure the store is closed
     * and the database is where it was: open the folder again to go on.
     *
     * @return the folder the demo cell now lives in
     */
    Path setDemoCellAside();

    /**
     * Restores the data folder from a backup file ({@link RestoreService#restore}): verified, the current data
     * backed up first, the replaced database moved into {@code <data>/set-aside/before-restore-…/}. Afterwards the
     * store is closed: open the data folder again. A refusal leaves the store open and unchanged; check
     * {@link #isOpen()} after any failure.
     */
    default RestoreService.Restored restore(Path backupFile) {
        return restore(backupFile, PasswordPrompt.NONE);
    }

    /**
     * {@link #restore(Path)} of an encrypted backup made under another password than the folder's current one:
     * {@code backupPassword} is asked for it (ADR 0011). A wrong one changes nothing.
     */
    RestoreService.Restored restore(Path backupFile, PasswordPrompt backupPassword);

    /** False once the store was closed (after a restore, a demo set aside, or {@link #close()}). */
    boolean isOpen();

    @Override
    void close();

    /** Opens the data folder (creating it when new); throws a {@link StoreException} with a message key. */
    interface Opener {
        AppServices open(Path dataFolder);

        /**
         * Opens the data folder, asking {@code prompt} for the password when it is protected. An opener that
         * knows no passwords (the default) refuses a protected folder with a {@link PasswordRequiredException}.
         */
        default AppServices open(Path dataFolder, PasswordPrompt prompt) {
            return open(dataFolder);
        }
    }

    /** Restores into a data folder whose database does not open (the start-up recovery, the CLI's restore). */
    interface Recovery {
        RestoreService over(Path dataFolder);

        /**
         * For a password-protected folder: {@code folderPassword} unlocks its key file, so that the restored data
         * stays protected under the same password (ADR 0011).
         */
        default RestoreService over(Path dataFolder, PasswordPrompt folderPassword) {
            return over(dataFolder);
        }
    }
}

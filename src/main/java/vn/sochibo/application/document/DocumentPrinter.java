package vn.sochibo.application.document;

/**
 * Port: prints a rendered document (PDF bytes) through the operating system's print dialog, where the user
 * picks the printer, the copies and the pages. The adapter lives in {@code vn.sochibo.pdf}.
 *
 * <p>{@link #print} blocks until the user has closed the dialog and the job has been handed to the printer's
 * queue: call it off the UI thread.
 */
public interface DocumentPrinter {
    /** How a print request ended. */
    enum Outcome {
        /** The job went to the printer's queue. */
        PRINTED,
        /** The user closed the print dialog without printing. */
        CANCELLED,
        /** The computer has no printer set up: no dialog was shown. */
        NO_PRINTER
    }

    /**
     * Shows the print dialog for the document and prints it on A4 if the user confirms.
     *
     * @param pdf     the document, as written by a {@link DocumentRenderer}
     * @param jobName the name of the job in the printer's queue (the document's title)
     * @throws PrintFailedException when the bytes are no PDF or the printer refuses the job
     */
    Outcome print(byte[] pdf, String jobName);

    /** Printing failed for a reason the user cannot fix in the dialog (the cause has the detail, for the log). */
    final class PrintFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public PrintFailedException(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}

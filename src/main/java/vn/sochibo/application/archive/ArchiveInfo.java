package vn.sochibo.application.archive;

import java.time.Instant;

/**
 * What a handover archive holds, as its manifest describes it once every entry has been checked against it.
 *
 * @param cellName  the cell's name, empty when the cell was not set up
 * @param documents the PDFs in the archive (minutes and resolutions of finalized meetings, with their addenda)
 */
public record ArchiveInfo(Instant createdAt, String appVersion, String cellName, int members, int meetings,
        int finalizedMeetings, int documents, boolean encrypted) {
}

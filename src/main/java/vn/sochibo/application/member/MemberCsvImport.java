package vn.sochibo.application.member;

import java.io.Reader;

/** Imports members from a CSV file exported from Excel: preview first, then all or nothing. */
public class MemberCsvImport {
    private final MemberService members;

    public MemberCsvImport(MemberService members) {
        this.members = members;
    }

    /** Reads and checks the whole file; never writes. Bad content shows up as problems in the preview. */
    public MemberCsvPreview preview(Reader reader) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Adds every member of a problem-free preview in one transaction; returns how many were added. */
    public int commit(MemberCsvPreview preview) {
        throw new UnsupportedOperationException("in progress");
    }
}

package vn.sochibo.application.document;

import java.util.List;

/**
 * One signature place: bold title lines (e.g. ["T/M CHI BỘ", "BÍ THƯ"] or ["NGƯỜI GHI BIÊN BẢN"]), room for
 * the ink signature, then the signer's full name. {@link #NONE} leaves the side empty.
 */
public record Signature(List<String> titleLines, String signerName) {
    public static final Signature NONE = new Signature(List.of(), null);

    public Signature {
        titleLines = List.copyOf(titleLines);
    }

    public static Signature of(String signerName, String... titleLines) {
        return new Signature(List.of(titleLines), signerName);
    }

    public boolean isEmpty() {
        return titleLines.isEmpty() && (signerName == null || signerName.isBlank());
    }
}

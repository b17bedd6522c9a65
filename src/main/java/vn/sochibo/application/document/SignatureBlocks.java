package vn.sochibo.application.document;

import java.util.Objects;

/** The signatures printed side by side at the end; either side may be {@link Signature#NONE}. */
public record SignatureBlocks(Signature left, Signature right) {
    public static final SignatureBlocks NONE = new SignatureBlocks(Signature.NONE, Signature.NONE);

    public SignatureBlocks {
        left = Objects.requireNonNullElse(left, Signature.NONE);
        right = Objects.requireNonNullElse(right, Signature.NONE);
    }

    /** Only the right side signed, as a resolution: "T/M CHI BỘ" / "BÍ THƯ". */
    public static SignatureBlocks rightOnly(Signature right) {
        return new SignatureBlocks(Signature.NONE, right);
    }

    public boolean isEmpty() {
        return left.isEmpty() && right.isEmpty();
    }
}

package vn.sochibo.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman, full Vietnamese) in its four styles,
 * read from the classpath resources of {@code com.github.librepdf:openpdf-fonts-extra}. The font programs are
 * parsed once; each document gets its own embedded (subset) {@link PdfFont}s through {@link #forDocument()}.
 */
final class PartyFonts {
    static final String RESOURCE_DIR = "/liberation/";
    static final String REGULAR = "LiberationSerif-Regular.ttf";
    static final String BOLD = "LiberationSerif-Bold.ttf";
    static final String ITALIC = "LiberationSerif-Italic.ttf";
    static final String BOLD_ITALIC = "LiberationSerif-BoldItalic.ttf";

    private final FontProgram regular;
    private final FontProgram bold;
    private final FontProgram italic;
    private final FontProgram boldItalic;

    PartyFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
        this.italic = load(ITALIC);
        this.boldItalic = load(BOLD_ITALIC);
    }

    private static FontProgram load(String file) {
        String path = RESOURCE_DIR + file;
        try (InputStream in = PartyFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the class path: " + path
                        + " (com.github.librepdf:openpdf-fonts-extra)");
            }
            return FontProgramFactory.createFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + path, e);
        }
    }

    /** The four styles as fonts for one PDF document, embedded as subsets, Unicode (Identity-H). */
    DocumentFonts forDocument() {
        return new DocumentFonts(create(regular), create(bold), create(italic), create(boldItalic));
    }

    private static PdfFont create(FontProgram program) {
        return PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    /** Fonts bound to one PDF document. */
    record DocumentFonts(PdfFont regular, PdfFont bold, PdfFont italic, PdfFont boldItalic) {
        PdfFont of(boolean isBold, boolean isItalic) {
            if (isBold) {
                return isItalic ? boldItalic : bold;
            }
            return isItalic ? italic : regular;
        }
    }
}

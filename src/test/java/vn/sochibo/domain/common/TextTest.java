package vn.sochibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {
    private static final String DECOMPOSED_NGUYEN = "Nguye\u0302\u0303n";

    @Test
    void cleanComposesDecomposedInputIntoNfc() {
        String cleaned = Text.clean(DECOMPOSED_NGUYEN + " Thi\u0323 Hoa\u0300");
        assertThat(cleaned).isEqualTo("Nguy\u1EC5n Th\u1ECB Ho\u00E0");
        assertThat(cleaned).hasSize("Nguyễn Thị Hoà".length());
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        // A capital with two marks: Ệ typed as E + circumflex + dot below, in either mark order.
        assertThat(Text.clean("E\u0302\u0323")).isEqualTo("\u1EC6");
        assertThat(Text.clean("E\u0323\u0302")).isEqualTo("\u1EC6");
    }

    @Test
    void cleanTrimsAndCollapsesInnerWhitespace() {
        assertThat(Text.clean("  Nguyễn   Văn\tAn \n")).isEqualTo("Nguyễn Văn An");
        assertThat(Text.clean("\u3000Lê Duẩn\u2003")).isEqualTo("Lê Duẩn");
    }

    @Test
    void cleanTreatsNonBreakingSpacesFromPastedTextAsSpaces() {
        assertThat(Text.clean("\u00A0Nguyễn\u00A0Văn\u202F An\u00A0")).isEqualTo("Nguyễn Văn An");
        assertThat(Text.clean("\u00A0\u2007")).isNull();
    }

    @Test
    void cleanTurnsBlankIntoNull() {
        assertThat(Text.clean(null)).isNull();
        assertThat(Text.clean("")).isNull();
        assertThat(Text.clean("   ")).isNull();
        assertThat(Text.clean(" \t\r\n ")).isNull();
    }

    @Test
    void cleanMultilineKeepsLineBreaksButNormalisesThem() {
        assertThat(Text.cleanMultiline("  Dòng mo\u0323\u0302t\r\nDòng hai  \n")).isEqualTo("Dòng một\nDòng hai");
        assertThat(Text.cleanMultiline(" \n ")).isNull();
        assertThat(Text.cleanMultiline(null)).isNull();
    }

    @Test
    void isBlank() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" \t")).isTrue();
        assertThat(Text.isBlank(" a ")).isFalse();
    }

    @Test
    void foldRemovesMarksAndCaseAndMapsDToD() {
        assertThat(Text.fold("Nguyễn Thị Hoà")).isEqualTo("nguyen thi hoa");
        assertThat(Text.fold("Đặng Đình Đức")).isEqualTo("dang dinh duc");
        assertThat(Text.fold("đường")).isEqualTo("duong");
        assertThat(Text.fold("ĂÂÊÔƠƯ ăâêôơư")).isEqualTo("aaeoou aaeoou");
        assertThat(Text.fold(DECOMPOSED_NGUYEN)).isEqualTo("nguyen");
        assertThat(Text.fold("  Lê   Văn  ")).isEqualTo("le van");
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void foldTreatsTheLookAlikeEthOfLegacyConvertersAsD() {
        // Text converted from old Vietnamese encodings often carries Ð (U+00D0) where Đ (U+0110) is meant.
        assertThat(Text.fold("\u00D0ặng \u00F0ình")).isEqualTo("dang dinh");
        assertThat(Text.matches("\u00D0ặng Văn Lâm", "dang van")).isTrue();
    }

    @Test
    void foldAndMatchTreatNonBreakingSpacesAsSpaces() {
        assertThat(Text.fold("Nguyễn\u00A0Văn")).isEqualTo("nguyen van");
        assertThat(Text.matches("Nguyễn Văn An", "nguyen\u00A0van")).isTrue();
    }

    @Test
    void matchesIgnoresDiacriticsAndCase() {
        assertThat(Text.matches("Nguyễn Thị Hoà", "nguyen thi")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", "NGUYEN")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", "hoa")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", "Hoà")).isTrue();
        assertThat(Text.matches("Đỗ Mười", "do muoi")).isTrue();
        assertThat(Text.matches("Đỗ Mười", "Đ")).isTrue();
        assertThat(Text.matches("Do Muoi", "đỗ")).isTrue();
    }

    @Test
    void matchesDecomposedTextAndQueries() {
        assertThat(Text.matches(DECOMPOSED_NGUYEN + " Va\u0306n", "nguyen van")).isTrue();
        assertThat(Text.matches("Nguyễn Văn", DECOMPOSED_NGUYEN)).isTrue();
    }

    @Test
    void everyWordOfTheQueryMustMatchInAnyOrder() {
        assertThat(Text.matches("Nguyễn Thị Hoà", "hoa nguyen")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", "nguyen van")).isFalse();
        assertThat(Text.matches("Nguyễn Thị Hoà", "tran")).isFalse();
        assertThat(Text.matches("Nguyễn Thị Hoà", "  nguyen   thi  ")).isTrue();
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertThat(Text.matches("Nguyễn Thị Hoà", "")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", "   ")).isTrue();
        assertThat(Text.matches("Nguyễn Thị Hoà", null)).isTrue();
        assertThat(Text.matches(null, "an")).isFalse();
    }
}

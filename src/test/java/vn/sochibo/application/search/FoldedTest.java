package vn.sochibo.application.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldedTest {
    private static final String NFD_KIEM_DIEM = Normalizer.normalize("kiểm điểm", Normalizer.Form.NFD);

    @Test
    void foldsMarksCaseAndDToPlainLowerCase() {
        assertThat(Folded.fold("Kiểm điểm")).isEqualTo("kiem diem");
        assertThat(Folded.fold("ĐẢNG PHÍ")).isEqualTo("dang phi");
        assertThat(Folded.fold("đảng phí")).isEqualTo("dang phi");
        assertThat(Folded.fold("Đỗ Thị Hạnh")).isEqualTo("do thi hanh");
        // Ð/ð (U+00D0/U+00F0) stand in for Đ/đ in text converted from old encodings.
        assertThat(Folded.fold("\u00D0ào \u00F0ức")).isEqualTo("dao duc");
        assertThat(Folded.fold("Nguyễn Thị Ưng Ơn Ăn Ân")).isEqualTo("nguyen thi ung on an an");
    }

    @Test
    void collapsesWhitespaceIncludingNoBreakSpacesAndTrims() {
        assertThat(Folded.fold("  Sinh\u00A0hoạt \t\n chi   bộ  ")).isEqualTo("sinh hoat chi bo");
        assertThat(Folded.fold(null)).isEmpty();
        assertThat(Folded.fold(" \u202F ")).isEmpty();
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        assertThat(NFD_KIEM_DIEM).isNotEqualTo("kiểm điểm").hasSizeGreaterThan("kiểm điểm".length());
        assertThat(Folded.fold(NFD_KIEM_DIEM)).isEqualTo("kiem diem");
        assertThat(Folded.fold(Normalizer.normalize("ĐẢNG PHÍ", Normalizer.Form.NFD))).isEqualTo("dang phi");
        // Marks typed after the letter by some keyboards, in an order NFD would not produce.
        assertThat(Folded.fold("Nguye\u0303\u0302n")).isEqualTo("nguyen");
    }

    @Test
    void offsetsLeadBackToTheOriginalTextAndCoverTheMarks() {
        Folded composed = Folded.of("Về việc Kiểm điểm cuối năm");
        int at = composed.text().indexOf("kiem diem");
        Folded.Range r = composed.toOriginal(at, at + "kiem diem".length());
        assertThat(composed.original().substring(r.start(), r.end())).isEqualTo("Kiểm điểm");

        String decomposedText = "Về việc " + NFD_KIEM_DIEM + " cuối năm";
        Folded decomposed = Folded.of(decomposedText);
        at = decomposed.text().indexOf("diem");
        r = decomposed.toOriginal(at, at + 4);
        String highlighted = decomposedText.substring(r.start(), r.end());
        // The whole word with its combining marks, not a letter cut from its marks.
        assertThat(Normalizer.normalize(highlighted, Normalizer.Form.NFC)).isEqualTo("điểm");
        assertThat(r.end()).isEqualTo(decomposedText.indexOf(" cuối"));
    }

    @Test
    void offsetsSkipCollapsedWhitespace() {
        Folded f = Folded.of("  đảng \n\n  phí");
        assertThat(f.text()).isEqualTo("dang phi");
        Folded.Range phi = f.toOriginal(5, 8);
        assertThat(f.original().substring(phi.start(), phi.end())).isEqualTo("phí");
        Folded.Range dang = f.toOriginal(0, 4);
        assertThat(f.original().substring(dang.start(), dang.end())).isEqualTo("đảng");
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertThat(Folded.words(Folded.fold("Đảng-phí, quý 1/2024!"))).containsExactly("dang", "phi", "quy", "1",
                "2024");
        assertThat(Folded.words("")).isEqualTo(List.of());
    }

    @Test
    void marksAreWordPrefixesOnTheOriginalText() {
        Folded f = Folded.of("Thu ĐẢNG PHÍ; nộp đảng phí lên Đảng ủy. Không phải \"cũng đang\".");
        List<Folded.Range> marks = SearchIndex.marks(f, List.of("dang", "phi"));
        assertThat(marks).extracting(r -> f.original().substring(r.start(), r.end()))
                .containsExactly("ĐẢNG", "PHÍ", "đảng", "phí", "Đảng", "đang");
        assertThat(SearchIndex.marks(f, List.of("ang"))).isEmpty(); // not at the start of a word
    }

    @Test
    void snippetKeepsMarksOnTheLineAroundTheFirstMatch() {
        String before = "Lời mở đầu dài ".repeat(10);
        Folded body = Folded.of(before + "về việc thu đảng phí\ntháng này " + "và còn nhiều nội dung khác ".repeat(10));
        MarkedText snippet = SearchIndex.snippet(body, SearchIndex.marks(body, List.of("dang", "phi")));
        assertThat(snippet.text()).startsWith("…").endsWith("…").doesNotContain("\n");
        assertThat(snippet.markedParts()).containsExactly("đảng", "phí");
        assertThat(snippet.text().length()).isLessThanOrEqualTo(SearchIndex.SNIPPET_LENGTH + 2);
    }
}

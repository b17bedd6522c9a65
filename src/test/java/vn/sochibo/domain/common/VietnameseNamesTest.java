package vn.sochibo.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {
    private final Comparator<String> order = VietnameseNames.comparator();

    private List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        // Start from a shuffled list so that the test does not pass by leaving the input as it was.
        Collections.shuffle(list, new Random(42));
        list.sort(order);
        return list;
    }

    private void assertBefore(String first, String second) {
        assertThat(order.compare(first, second)).as("%s before %s", first, second).isNegative();
        assertThat(order.compare(second, first)).as("%s after %s", second, first).isPositive();
    }

    @Test
    void sortsByGivenNameFirst() {
        assertThat(sorted("Nguyễn Văn Bình", "Lê Thị Ánh", "Trần Văn An"))
                .containsExactly("Trần Văn An", "Lê Thị Ánh", "Nguyễn Văn Bình");
    }

    @Test
    void thenByMiddleNamesThenByFamilyName() {
        assertThat(sorted("Nguyễn Văn An", "Trần Thị An", "Lê Văn An", "Phạm An"))
                .containsExactly("Phạm An", "Trần Thị An", "Lê Văn An", "Nguyễn Văn An");
    }

    @Test
    void dStrokeIsALetterAfterD() {
        assertBefore("Nguyễn Văn Dũng", "Trần Đức");
        assertBefore("Lê Văn Dưỡng", "Lê Văn Đa");
        assertBefore("Đỗ Văn An", "Dương Văn Bình");
        assertBefore("Dương Văn Ba", "Đỗ Văn Ba");
        assertBefore("Lê Văn Đức", "Lê Văn Em");
    }

    @Test
    void aBreveAndACircumflexAreLettersAfterA() {
        assertBefore("Lê Văn Anh", "Lê Văn Ân");
        assertBefore("Lê Văn Bảo", "Lê Văn Bắc");
        assertBefore("Lê Văn Bắc", "Lê Văn Bấc");
        assertBefore("Lê Văn Ấn", "Lê Văn Ba");
        assertBefore("Lê Văn Oanh", "Lê Văn Ôn");
        assertBefore("Lê Văn Ôn", "Lê Văn Ơn");
        assertBefore("Lê Thị Uyên", "Lê Thị Ưng");
        assertBefore("Lê Văn Ê", "Lê Văn Gia");
        assertBefore("Lê Văn Eo", "Lê Văn Ê");
    }

    @Test
    void tonesComeAfterTheBaseLetterAndNeverBeforeTheNextLetters() {
        assertBefore("Trần Văn An", "Trần Văn Án");
        assertBefore("Trần Văn Án", "Trần Văn Anh");
        assertBefore("Trần Văn An", "Trần Văn Anh");
        assertBefore("Lê Văn Hà", "Lê Văn Hai");
        assertBefore("Lê Văn Anh", "Lê Văn Ánh");
        assertBefore("Lê Văn Ánh", "Lê Văn Ân");
    }

    @Test
    void composedAndDecomposedSpellingsSortTogether() {
        String decomposed = "Tra\u0302\u0300n Va\u0306n Hu\u031B\u0300ng";
        assertThat(sorted("Trần Văn Hưng", decomposed, "Trần Văn Hùng", "Trần Văn Hưởng"))
                .containsSubsequence("Trần Văn Hùng", "Trần Văn Hưng", "Trần Văn Hưởng");
        List<String> list = sorted("Trần Văn Hưng", decomposed, "Trần Văn Hùng", "Trần Văn Hưởng");
        assertThat(list.indexOf("Trần Văn Hùng")).isLessThan(list.indexOf(decomposed));
        assertThat(list.indexOf(decomposed)).isLessThan(list.indexOf("Trần Văn Hưởng"));
    }

    @Test
    void isConsistentForEqualAndDistinctNames() {
        assertThat(order.compare("Nguyễn Văn An", "Nguyễn Văn An")).isZero();
        assertThat(order.compare("Nguyễn Văn An", "Nguyễn  Văn An ")).isNotZero();
        assertThat(order.compare("Nguyễn Văn An", "nguyễn văn an")).isNotZero();
    }

    @Test
    void splitsNamesIntoFamilyMiddleAndGiven() {
        assertThat(VietnameseNames.givenName("Nguyễn Thị Hoa")).isEqualTo("Hoa");
        assertThat(VietnameseNames.givenName("  Tôn Nữ Thị Ninh ")).isEqualTo("Ninh");
        assertThat(VietnameseNames.middleNames("Tôn Nữ Thị Ninh")).isEqualTo("Nữ Thị");
        assertThat(VietnameseNames.familyName("Tôn Nữ Thị Ninh")).isEqualTo("Tôn");
        assertThat(VietnameseNames.givenName("Hoa")).isEqualTo("Hoa");
        assertThat(VietnameseNames.familyName("Hoa")).isEmpty();
        assertThat(VietnameseNames.middleNames("Lê Hoa")).isEmpty();
        assertThat(VietnameseNames.givenName("")).isEmpty();
    }

    @Test
    void aRosterSortsTheVietnameseWay() {
        assertThat(sorted("Nguyễn Văn Bình", "Trần Thị Ân", "Lê Văn An", "Phạm Thị Anh", "Hoàng Văn Đức",
                "Vũ Văn Dũng", "Đỗ Thị Ánh", "Bùi Văn Bắc", "Ngô Văn Bảo"))
                .containsExactly("Lê Văn An", "Phạm Thị Anh", "Đỗ Thị Ánh", "Trần Thị Ân", "Ngô Văn Bảo",
                        "Bùi Văn Bắc", "Nguyễn Văn Bình", "Vũ Văn Dũng", "Hoàng Văn Đức");
    }
}

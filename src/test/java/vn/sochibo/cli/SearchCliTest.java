package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCliTest {
    @TempDir
    static Path temp;
    static Path folder;

    @BeforeAll
    static void demo() {
        folder = temp.resolve("demo");
        assertThat(CliRun.run("demo", "--data", folder.toString()).code()).isZero();
    }

    @Test
    void printsGroupsWithCountsAndMarkedWords() {
        CliRun.Result result = CliRun.run("search", "dang", "phi", "--limit", "2", "--data", folder.toString());
        assertThat(result.code()).as(result.err()).isZero();
        String out = result.out();
        assertThat(out).startsWith("Tìm thấy ").contains("kết quả cho “dang phi”.");
        assertThat(out).contains("Nhiệm vụ được giao: ").contains("Ý kiến phát biểu: ")
                .contains("Cuộc họp, biên bản: ");
        assertThat(out).contains("[đảng] [phí]").contains("Sinh hoạt thường kỳ tháng ");
        assertThat(out).contains("(in 2 kết quả đầu; dùng --limit để in thêm)");
        // Groups in the order of the kinds: meetings before contributions before tasks.
        assertThat(out.indexOf("Cuộc họp, biên bản:")).isLessThan(out.indexOf("Ý kiến phát biểu:"));
        assertThat(out.indexOf("Ý kiến phát biểu:")).isLessThan(out.indexOf("Nhiệm vụ được giao:"));
    }

    @Test
    void quotedQueryWithCapitalsAndMarksWorksLikeAnother() {
        CliRun.Result plain = CliRun.run("search", "kiem diem", "--data", folder.toString());
        CliRun.Result marked = CliRun.run("search", "KIỂM ĐIỂM", "--data", folder.toString());
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("Kiểm điểm, đánh giá: ");
        assertThat(marked.out().lines().skip(1).toList()).isEqualTo(plain.out().lines().skip(1).toList());
    }

    @Test
    void nothingFoundSaysSo() {
        CliRun.Result result = CliRun.run("search", "xyzzy", "--data", folder.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("Không tìm thấy kết quả nào cho “xyzzy”." + System.lineSeparator());
    }

    @Test
    void badQueriesAndLimitsAreRefusedWithAMessage() {
        CliRun.Result tooShort = CliRun.run("search", "a", "--data", folder.toString());
        assertThat(tooShort.code()).isEqualTo(1);
        assertThat(tooShort.err()).contains("ít nhất 2 chữ cái hoặc chữ số");
        CliRun.Result badLimit = CliRun.run("search", "dang phi", "--limit", "0", "--data", folder.toString());
        assertThat(badLimit.code()).isEqualTo(1);
        assertThat(badLimit.err()).contains("--limit phải từ 1 đến 1.000");
        Path never = temp.resolve("never");
        assertThat(CliRun.run("search", "a", "--data", never.toString()).code()).isEqualTo(1);
        assertThat(never).doesNotExist();
    }
}

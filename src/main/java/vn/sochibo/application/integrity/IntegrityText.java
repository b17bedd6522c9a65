package vn.sochibo.application.integrity;

import java.util.function.Function;
import vn.sochibo.domain.common.Problem;

/**
 * The integrity check in words, the same lines for the command line and the window: one line per check ("Nhật ký
 * thay đổi: tốt. Đã kiểm tra 250 dòng nhật ký."), one per finding, and the overall result.
 */
public final class IntegrityText {
    private final Function<Problem, String> words;

    /** @param words resolves a message key with its arguments ({@code Messages::describe}, {@code UiText::describe}) */
    public IntegrityText(Function<Problem, String> words) {
        this.words = words;
    }

    /** The check's name in words: "Cơ sở dữ liệu", "Biên bản đã chốt", "Nhật ký thay đổi". */
    public String name(String checkId) {
        return words.apply(Problem.of(checkId, "integrity.check." + checkId));
    }

    /** "&lt;name&gt;: tốt. &lt;what was checked&gt;" or "&lt;name&gt;: phát hiện N vấn đề. &lt;what was checked&gt;". */
    public String line(CheckResult result) {
        String name = name(result.checkId());
        String checked = words.apply(result.checked());
        return result.ok() ? words.apply(Problem.of(result.checkId(), "integrity.line.ok", name, checked))
                : words.apply(Problem.of(result.checkId(), "integrity.line.failed", name, result.findings().size(),
                        checked));
    }

    public String finding(IntegrityFinding finding) {
        return words.apply(finding.what());
    }

    /** Everything is sound, or how many findings there are. */
    public String summary(IntegrityService.Report report) {
        return report.ok() ? words.apply(Problem.of(null, "integrity.ok"))
                : words.apply(Problem.of(null, "integrity.problems", report.findings().size()));
    }
}

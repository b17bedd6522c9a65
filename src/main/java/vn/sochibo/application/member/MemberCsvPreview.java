package vn.sochibo.application.member;

import java.util.List;
import vn.sochibo.application.common.LocatedProblem;

/**
 * What a CSV file would import: the members read from it (with the line each came from) and every problem
 * found. Nothing is written until {@link MemberCsvImport#commit} is called, and only if there is no problem.
 */
public record MemberCsvPreview(List<Row> rows, List<LocatedProblem> problems) {
    public MemberCsvPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean canImport() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public record Row(int line, MemberInput input) {
    }
}

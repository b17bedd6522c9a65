package vn.sochibo.application.common;

import java.util.List;

/** An imported file was refused: every problem with the line it is on. Nothing has been written. */
public class FileRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<LocatedProblem> problems;

    public FileRejectedException(List<LocatedProblem> problems) {
        super(problems.size() + " problem(s) in the file");
        this.problems = List.copyOf(problems);
    }

    public List<LocatedProblem> problems() {
        return problems;
    }
}

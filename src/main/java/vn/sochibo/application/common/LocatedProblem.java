package vn.sochibo.application.common;

import vn.sochibo.domain.common.Problem;

/** A problem found in an imported file, with the line it is on (1-based). */
public record LocatedProblem(int line, Problem problem) {
}

package vn.sochibo.application.demo;

import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * How big a demo cell to make: the usual one to explore the app (25 members, two years), or a large one for the
 * benchmarks of issue 8 (60 members, ten years). Beyond the 25 people written by hand, members are made up from
 * common Vietnamese names.
 */
public record DemoSize(int members, int years) {
    public static final DemoSize STANDARD = new DemoSize(25, 2);
    public static final DemoSize LARGE = new DemoSize(60, 10);
    static final int MIN_MEMBERS = 25;
    static final int MAX_MEMBERS = 200;
    static final int MAX_YEARS = 15;

    public DemoSize {
        if (members < MIN_MEMBERS || members > MAX_MEMBERS) {
            throw new ValidationException(Problem.of("members", "demo.error.members", MIN_MEMBERS, MAX_MEMBERS));
        }
        if (years < 1 || years > MAX_YEARS) {
            throw new ValidationException(Problem.of("years", "demo.error.years", 1, MAX_YEARS));
        }
    }

    /** The months of meetings, counted back from this month. */
    int months() {
        return years * 12;
    }
}

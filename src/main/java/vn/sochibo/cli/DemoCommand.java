package vn.sochibo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.demo.DemoSize;
import vn.sochibo.domain.cell.CellProfile;

/**
 * {@code demo}: the demo cell in an empty data folder; {@code --members 60 --years 10} makes the large cell the
 * benchmarks use (docs/performance.md).
 */
@Command(name = "demo")
final class DemoCommand extends Subcommand {
    @Option(names = "--members", paramLabel = "N", descriptionKey = "option.demoMembers")
    int members = DemoSize.STANDARD.members();

    @Option(names = "--years", paramLabel = "N", descriptionKey = "option.demoYears")
    int years = DemoSize.STANDARD.years();

    private DemoSize size;

    DemoCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkArguments() {
        size = new DemoSize(members, years);
    }

    @Override
    int run(AppServices services) {
        CellProfile cell = services.demo().create(size);
        context.out().println(text("cli.demo.done", cell.cellName(), services.members().all().size(),
                services.dataFolder()));
        return 0;
    }
}

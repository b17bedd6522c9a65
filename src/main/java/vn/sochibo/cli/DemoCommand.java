package vn.sochibo.cli;

import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.cell.CellProfile;

@Command(name = "demo")
final class DemoCommand extends Subcommand {
    DemoCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        CellProfile cell = services.demo().create();
        context.out().println(text("cli.demo.done", cell.cellName(), services.members().all().size(),
                services.dataFolder()));
        return 0;
    }
}

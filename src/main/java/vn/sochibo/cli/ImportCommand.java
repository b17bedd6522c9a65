package vn.sochibo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.exchange.ExchangeService;

@Command(name = "import")
final class ImportCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
    Path file;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        ExchangeService.ImportSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = services.exchange().importFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().println(text("cli.import.done", summary.members(), summary.statusEvents(),
                summary.meetings(), services.dataFolder()));
        return 0;
    }
}

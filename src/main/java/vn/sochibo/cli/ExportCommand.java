package vn.sochibo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;

@Command(name = "export")
final class ExportCommand extends Subcommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "option.out")
    Path out;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        Path target = out.toAbsolutePath();
        try {
            Path dir = target.getParent();
            Files.createDirectories(dir);
            // Write beside the target, then move: an interrupted export never leaves half a file.
            Path partial = Files.createTempFile(dir, ".sochibo-export-", ".part");
            try {
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    services.exchange().exportTo(stream);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.out().println(text("cli.export.done", services.members().all().size(), target));
        return 0;
    }
}

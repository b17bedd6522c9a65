package vn.sochibo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.DateParsing;

/** The audit trail from the command line: list (tab-separated, for scripts) and verify its hash chain. */
@Command(name = "audit", subcommands = {AuditCommand.ListEntries.class, AuditCommand.VerifyTrail.class})
final class AuditCommand extends CommandGroup {
    /**
     * The newest {@code --limit} entries within the days given, printed oldest first, one per line: number, time
     * (ISO 8601 with offset), OS user, action, kind of record, record id ("-" when none), summary.
     */
    @Command(name = "list")
    static final class ListEntries extends Subcommand {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

        @Option(names = "--from", paramLabel = "NGÀY", descriptionKey = "option.auditFrom")
        String from;

        @Option(names = "--to", paramLabel = "NGÀY", descriptionKey = "option.auditTo")
        String to;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", descriptionKey = "option.auditLimit")
        int limit;

        ListEntries(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            Optional<LocalDate> fromDay = day(from);
            Optional<LocalDate> toDay = day(to);
            if (fromDay == null || toDay == null) {
                return 1;
            }
            if (limit < 1) {
                context.err().println(text("cli.audit.badLimit", Integer.toString(limit)));
                return 1;
            }
            AuditTrail audit = services.audit();
            List<AuditEntry> entries = new ArrayList<>(audit.list(new AuditTrail.Filter(null, null,
                    fromDay.orElse(null), toDay.orElse(null)), 0, limit).entries());
            Collections.reverse(entries);
            for (AuditEntry e : entries) {
                context.out().println(String.join("\t", Long.toString(e.sequence()),
                        TIME.format(e.at().atZone(audit.zone())), e.osUser(), e.action().name(), e.kind().name(),
                        e.entityId() == null ? "-" : e.entityId(), e.summary()));
            }
            return 0;
        }

        /** The day typed, empty when none was given, null (after saying so) when it is not a date. */
        private Optional<LocalDate> day(String typed) {
            if (typed == null) {
                return Optional.empty();
            }
            Optional<LocalDate> parsed = DateParsing.parse(typed);
            if (parsed.isEmpty()) {
                context.err().println(text("cli.audit.badDate", typed));
                return null;
            }
            return parsed;
        }
    }

    /** Recomputes the trail's hash chain; exit code 1 when an entry was changed, removed or inserted. */
    @Command(name = "verify")
    static final class VerifyTrail extends Subcommand {
        VerifyTrail(CliContext context) {
            super(context);
        }

        @Override
        int run(AppServices services) {
            List<AuditTrail.Finding> findings = services.audit().verify();
            if (findings.isEmpty()) {
                context.out().println(text("cli.audit.verify.ok",
                        services.audit().list(AuditTrail.Filter.ALL, 0, 0).total()));
                return 0;
            }
            for (AuditTrail.Finding f : findings) {
                context.err().println(text("cli.audit.verify.finding." + f.kind().name(), f.sequence()));
            }
            context.err().println(text("cli.audit.verify.failed", findings.size()));
            return 1;
        }
    }
}

package vn.sochibo.cli;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/** A summary of the data folder: the cell, member counts by status, probationary members due. */
@Command(name = "info")
final class InfoCommand extends Subcommand {
    InfoCommand(CliContext context) {
        super(context);
    }

    @Override
    int run(AppServices services) {
        var out = context.out();
        out.println(text("cli.info.folder", services.dataFolder()));
        services.cell().profile().ifPresentOrElse(
                cell -> out.println(text("cli.info.cell", cell.cellName(), cell.upperOrganisation())),
                () -> out.println(text("cli.info.noCell")));
        LocalDate today = services.members().today();
        Map<MemberStatus, Integer> counts = new EnumMap<>(MemberStatus.class);
        for (Member m : services.members().all()) {
            counts.merge(m.statusOn(today), 1, Integer::sum);
        }
        counts.forEach((status, n) -> out.println(text("cli.info.count", text("member.status." + status.name()), n)));
        for (Member m : services.members().dueForProbationReview(services.settings().probationReminderDays())) {
            out.println(text("cli.info.probationDue", m.fullName(), Messages.formatDate(m.probationEnds())));
        }
        return 0;
    }
}

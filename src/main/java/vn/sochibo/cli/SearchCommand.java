package vn.sochibo.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.search.Folded;
import vn.sochibo.application.search.MarkedText;
import vn.sochibo.application.search.SearchHit;
import vn.sochibo.application.search.SearchResult;
import vn.sochibo.application.search.SearchService;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * {@code search "<words>" [--limit N]}: search across everything, results grouped by kind. Each hit is a line with
 * its title, date and the id of the record to open (a member's id, a meeting's id for minutes, contributions,
 * votes and tasks; a member's id for a pledge; a review period's id), then a line of its text; the matching words
 * are in [brackets].
 */
@Command(name = "search")
final class SearchCommand extends Subcommand {
    /** The most hits a group may list. */
    static final int MAX_LIMIT = 1000;

    @Parameters(arity = "1..*", paramLabel = "WORDS", descriptionKey = "param.searchWords")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "option.searchLimit")
    int limit = SearchService.DEFAULT_LIMIT;

    SearchCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkArguments() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(Problem.of("limit", "cli.search.badLimit", MAX_LIMIT));
        }
        SearchService.checkedWords(String.join(" ", words));
    }

    @Override
    int run(AppServices services) {
        SearchResult result = services.search().search(String.join(" ", words), limit);
        if (result.isEmpty()) {
            context.out().println(text("cli.search.none", result.query()));
            return 0;
        }
        context.out().println(text("cli.search.total", result.total(), result.query()));
        for (SearchResult.Group group : result.groups()) {
            context.out().println();
            String kind = text("search.kind." + group.kind().name());
            context.out().println(group.hits().size() < group.count()
                    ? text("cli.search.groupLimited", kind, group.count(), group.hits().size())
                    : text("cli.search.group", kind, group.count()));
            for (SearchHit hit : group.hits()) {
                String date = hit.date() == null || hit.ref().kind() == vn.sochibo.application.search.SearchKind.PLEDGE
                        ? "" : Messages.formatDate(hit.date()) + "  ";
                context.out().println("  " + date + marked(hit.title()) + "\t" + hit.ref().ownerId());
                if (!hit.snippet().text().isEmpty()) {
                    context.out().println("      " + marked(hit.snippet()));
                }
            }
        }
        return 0;
    }

    /** The text with each match in brackets. */
    static String marked(MarkedText text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Folded.Range r : text.marks()) {
            out.append(text.text(), at, r.start()).append('[').append(text.text(), r.start(), r.end()).append(']');
            at = r.end();
        }
        return out.append(text.text().substring(at)).toString();
    }
}

package vn.sochibo.application.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.common.VietnameseNames;

/**
 * Search across everything (issue 7): members, meetings and their minutes, contributions, votes, tasks, pledges and
 * reviews, diacritic- and case-insensitive ("dang phi" finds "đảng phí"). Every word of the query must begin a word
 * of the record (in any order); hits come grouped by kind with the matching words marked (ADR 0014).
 *
 * <p>The folded texts are kept in an in-memory index, built on the first search and built again on the next search
 * after the stored data changed ({@link SearchSource#version()}). While the index is current a search needs no unit of
 * work ({@link SearchSource#versionWithoutUnitOfWork()}), so it does not wait for one that holds the store (a backup's
 * script); only a build takes one. Thread-safe; call it off the UI thread.
 */
public final class SearchService {
    /** The fewest letters or digits a query must have. */
    public static final int MIN_CHARS = 2;
    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 200;
    /** Hits listed per kind when the caller does not say. */
    public static final int DEFAULT_LIMIT = 20;

    private final SearchSource source;
    private final Transactions transactions;
    private final Messages words;
    /** The index and the store's version it was built at, published together (read without the monitor). */
    private volatile Built built;
    private volatile Stats lastBuild;

    private record Built(SearchIndex index, long version) {
    }

    /**
     * @param words the Vietnamese titles of the hits ({@code search.*} keys of the messages bundle)
     */
    public SearchService(SearchSource source, Transactions transactions, Messages words) {
        this.source = Objects.requireNonNull(source, "source");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.words = Objects.requireNonNull(words, "words");
    }

    /** What the index held when last built, and how long building took. */
    public record Stats(int records, long chars, long buildMillis) {
    }

    /**
     * Searches everything. A query with fewer than {@link #MIN_CHARS} letters or digits, or longer than
     * {@link #MAX_LENGTH}, is refused with a {@link ValidationException} (field {@code query}).
     *
     * @param limit the most hits listed per kind (each group still counts all its hits); at least 1
     */
    public SearchResult search(String query, int limit) {
        String cleaned = Text.clean(query);
        List<String> queryWords = checkedWords(cleaned);
        return current().search(cleaned, queryWords, Math.max(1, limit));
    }

    /**
     * The index, current. When the store's version can be read without a unit of work and has not moved since the
     * index was built (nothing committed since), the index is answered as it is: no unit of work, so no wait behind
     * one that holds the store for long (a backup's script). Otherwise it is checked, and built again if stale, in a
     * unit of work.
     */
    private SearchIndex current() {
        Built now = built;
        if (now != null) {
            java.util.OptionalLong version = source.versionWithoutUnitOfWork();
            if (version.isPresent() && version.getAsLong() == now.version()) {
                return now.index();
            }
        }
        return checked();
    }

    /** The folded words of a query, or the refusal of a query too short or too long. */
    public static List<String> checkedWords(String query) {
        String cleaned = Text.clean(query);
        if (cleaned != null && cleaned.length() > MAX_LENGTH) {
            throw new ValidationException(Problem.of("query", "search.error.tooLong", MAX_LENGTH));
        }
        List<String> queryWords = Folded.words(Folded.fold(cleaned));
        int chars = queryWords.stream().mapToInt(String::length).sum();
        if (chars < MIN_CHARS) {
            throw new ValidationException(Problem.of("query", "search.error.tooShort", MIN_CHARS));
        }
        return queryWords.stream().distinct().toList();
    }

    /** Builds the index now if it is missing or stale (e.g. in the background before the first search). */
    public Stats warmUp() {
        current();
        return stats();
    }

    /** What the index held when last built (null before the first search). */
    public Stats stats() {
        return lastBuild;
    }

    private synchronized SearchIndex checked() {
        return transactions.inTransaction(() -> {
            long version = source.version();
            Built now = built;
            if (now == null || version != now.version()) {
                long started = System.nanoTime();
                SearchIndex index = build(source.readAll());
                lastBuild = new Stats(index.size(), index.chars(), (System.nanoTime() - started) / 1_000_000);
                now = new Built(index, version);
                built = now;
            }
            return now.index();
        });
    }

    private SearchIndex build(SearchSource.Corpus corpus) {
        Map<SearchKind, List<SearchIndex.Doc>> docs = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            docs.put(kind, new ArrayList<>());
        }
        Comparator<String> names = VietnameseNames.comparator();
        corpus.members().stream().sorted(Comparator.comparing(SearchSource.MemberRow::fullName, names))
                .forEach(m -> docs.get(SearchKind.MEMBER).add(doc(new SearchRef(SearchKind.MEMBER, m.id(), m.id(), 0),
                        m.fullName(), joined(m.details()), null)));

        Map<UUID, SearchSource.MeetingRow> meetings = new HashMap<>();
        Map<UUID, String> meetingTitles = new HashMap<>();
        for (SearchSource.MeetingRow m : corpus.meetings()) {
            meetings.put(m.id(), m);
            meetingTitles.put(m.id(), meetingTitle(m));
        }
        Comparator<SearchIndex.Doc> newestFirst = Comparator.comparing(SearchIndex.Doc::date,
                Comparator.nullsLast(Comparator.reverseOrder()));
        for (SearchSource.MeetingRow m : corpus.meetings()) {
            List<String> texts = new ArrayList<>();
            if (!m.kind().hasTopic()) {
                texts.add(m.topic()); // not in the title
            }
            texts.addAll(m.texts());
            docs.get(SearchKind.MEETING).add(doc(new SearchRef(SearchKind.MEETING, m.id(), m.id(), 0),
                    meetingTitles.get(m.id()), joined(texts), m.date()));
        }
        for (SearchSource.MeetingPartRow p : corpus.meetingParts()) {
            SearchSource.MeetingRow m = meetings.get(p.meetingId());
            if (m == null) {
                continue;
            }
            String meetingTitle = meetingTitles.get(m.id());
            String title;
            String body;
            switch (p.kind()) {
                case CONTRIBUTION -> {
                    title = p.who() == null ? meetingTitle : words.format("search.title.part", p.who(), meetingTitle);
                    body = p.text();
                }
                case TASK -> {
                    title = meetingTitle;
                    body = p.who() == null ? p.text() : words.format("search.text.task", p.text(), p.who());
                }
                default -> {
                    title = meetingTitle;
                    body = p.text();
                }
            }
            docs.get(p.kind()).add(doc(new SearchRef(p.kind(), p.id(), m.id(), 0), title, body, m.date()));
        }
        for (SearchSource.PledgeRow p : corpus.pledges()) {
            docs.get(SearchKind.PLEDGE).add(doc(new SearchRef(SearchKind.PLEDGE, p.pledgeId(), p.memberId(), p.year()),
                    words.format("search.title.pledge", String.valueOf(p.year()), p.memberName()), joined(p.texts()),
                    LocalDate.of(p.year(), 12, 31)));
        }
        for (SearchSource.ReviewRow r : corpus.reviews()) {
            String title = r.memberName() == null ? r.periodTitle()
                    : words.format("search.title.part", r.memberName(), r.periodTitle());
            docs.get(SearchKind.REVIEW).add(doc(new SearchRef(SearchKind.REVIEW, r.id(), r.periodId(), r.year()),
                    title, joined(r.texts()), r.date() != null ? r.date() : LocalDate.of(r.year(), 12, 31)));
        }
        for (SearchKind kind : SearchKind.values()) {
            if (kind != SearchKind.MEMBER) {
                docs.get(kind).sort(newestFirst);
            }
        }
        return new SearchIndex(docs);
    }

    /** "Sinh hoạt thường kỳ tháng 3/2024", "Sinh hoạt chuyên đề ngày 12/03/2024: …". */
    private String meetingTitle(SearchSource.MeetingRow m) {
        String base = words.format("search.meeting." + m.kind().name(), String.valueOf(m.date().getMonthValue()),
                String.valueOf(m.date().getYear()), m.date());
        return m.kind().hasTopic() && !Text.isBlank(m.topic())
                ? words.format("search.meeting.withTopic", base, m.topic()) : base;
    }

    private static SearchIndex.Doc doc(SearchRef ref, String title, String body, LocalDate date) {
        return new SearchIndex.Doc(ref, Folded.of(title), Folded.of(body), date);
    }

    private static String joined(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) {
            if (Text.isBlank(t)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(" · ");
            }
            out.append(t.strip());
        }
        return out.toString();
    }
}

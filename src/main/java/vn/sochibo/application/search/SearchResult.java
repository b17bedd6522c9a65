package vn.sochibo.application.search;

import java.util.List;

/**
 * The result of a search: the groups of hits by kind, in the order of {@link SearchKind}, only kinds with hits.
 *
 * @param query  the query as cleaned
 * @param groups the groups
 */
public record SearchResult(String query, List<Group> groups) {
    public SearchResult {
        groups = List.copyOf(groups);
    }

    /** How many records matched in all (also those beyond each group's limit). */
    public int total() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * The hits of one kind.
     *
     * @param kind  the kind
     * @param count how many records of this kind matched
     * @param hits  the first of them (at most the limit asked for), newest first (members by name)
     */
    public record Group(SearchKind kind, int count, List<SearchHit> hits) {
        public Group {
            hits = List.copyOf(hits);
        }
    }
}

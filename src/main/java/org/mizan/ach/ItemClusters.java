package org.mizan.ach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mizan.dossier.Fact;

/**
 * Which items of the matrix are one piece of evidence, not several (rules/README.md): items from one paragraph of
 * one source, and items of one list in a source — facts of the same kind, rated alike by the same rules, in
 * paragraphs at most {@link #LIST_GAP} apart (the article's seven bases run over paragraphs 20-24, its plans over
 * 39-43). Each item of a cluster of n then counts 1/n.
 */
final class ItemClusters {

    /** Paragraphs further apart than this are not one list. */
    static final int LIST_GAP = 1;

    private ItemClusters() {
    }

    /** {@code items} in order, each with its cluster and share; {@code facts} gives each item's fact. */
    static List<Item> of(List<Item> items, Map<String, Fact> facts) {
        int n = items.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byParagraph = new HashMap<>();
        Map<String, Integer> lastOfList = new HashMap<>();
        Map<String, Integer> lastParagraph = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Fact f = facts.get(items.get(i).fact());
            if (f == null || f.evidence() == null || f.evidence().source() == null) {
                continue;
            }
            String source = f.evidence().source();
            int paragraph = f.evidence().paragraph();
            Integer sameParagraph = byParagraph.putIfAbsent(source + "#" + paragraph, i);
            if (sameParagraph != null) {
                union(parent, sameParagraph, i);
            }
            String list = source + "|" + f.getClass().getSimpleName() + "|" + signature(items.get(i));
            Integer previous = lastOfList.get(list);
            if (previous != null && Math.abs(paragraph - lastParagraph.get(list)) <= LIST_GAP) {
                union(parent, previous, i);
            }
            lastOfList.put(list, i);
            lastParagraph.put(list, paragraph);
        }
        return clustered(items, parent);
    }

    private static List<Item> clustered(List<Item> items, int[] parent) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            members.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            List<Integer> cluster = members.get(find(parent, i));
            Item item = items.get(i);
            out.add(cluster.size() == 1 ? item
                    : item.inCluster(items.get(cluster.get(0)).fact(), cluster.size()));
        }
        return out;
    }

    /** Rated alike: the same consistency from the same rule against every hypothesis. */
    private static String signature(Item item) {
        StringBuilder s = new StringBuilder();
        item.ratings().keySet().stream().sorted().forEach(h -> s.append(h).append('=')
                .append(item.ratings().get(h)).append('/').append(Objects.toString(item.rules().get(h), ""))
                .append(';'));
        return s.toString();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

package org.mizan.compare;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.inference.Finding;
import org.mizan.inference.Findings;

/** What a finding rests on, all the way down: the facts at the bottom of its chain and the rules along it. */
public final class Chains {

    private Chains() {
    }

    public static Set<String> facts(Finding finding, Findings findings) {
        Set<String> facts = new TreeSet<>();
        walk(finding, findings, facts, new TreeSet<>(), new HashSet<>());
        return facts;
    }

    public static Set<String> rules(Finding finding, Findings findings) {
        Set<String> rules = new TreeSet<>();
        walk(finding, findings, new TreeSet<>(), rules, new HashSet<>());
        return rules;
    }

    private static void walk(Finding f, Findings findings, Set<String> facts, Set<String> rules, Set<String> seen) {
        if (!seen.add(f.id())) {
            return;
        }
        rules.add(f.rule());
        for (String id : f.because()) {
            findings.find(id).ifPresentOrElse(inner -> walk(inner, findings, facts, rules, seen), () -> facts.add(id));
        }
    }
}

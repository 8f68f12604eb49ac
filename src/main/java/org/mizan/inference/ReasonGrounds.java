package org.mizan.inference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Agreement;
import org.mizan.dossier.Base;
import org.mizan.dossier.Claim;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Event;
import org.mizan.dossier.Fact;
import org.mizan.dossier.FactType;
import org.mizan.dossier.Goal;
import org.mizan.dossier.Plan;
import org.mizan.dossier.Relation;
import org.mizan.dossier.Resource;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.Support;
import org.mizan.dossier.Term;
import org.mizan.dossier.Threat;
import org.mizan.problem.NearNames;
import org.mizan.problem.Problem;

/**
 * Resolves what a likelihood's reason rests on ({@code "rests"} in rules/risks.json) to the facts a judgment was
 * reached from. An entry is a kind of fact as the fact files list it ({@code "support"}), optionally narrowed to a
 * kind of its vocabulary ({@code "support:funding"}: the support whose type is funding or lies beneath it), or a fact
 * id. A reason that rests on nothing the judgment holds asserts what no fact of it says: that is an error at the
 * reason, so a reason either names its facts or its claim moves to the type's assumptions.
 */
final class ReasonGrounds {

    private final Dossier dossier;

    ReasonGrounds(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The ids the reason of {@code risk}'s type cites, among {@code chain} (the facts under it); problems added. */
    List<String> cites(Risk risk, RiskWording.Grounds grounds, List<Fact> chain, List<Problem> reported) {
        if (grounds == null) {
            return List.of();
        }
        // A judgment about ids no fact has is the rule's error, reported at the rule (one error per cause).
        boolean aboutTheDossier = known(risk.subject()) && (risk.object() == null || known(risk.object()));
        List<Problem> problems = aboutTheDossier ? reported : new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (String rest : grounds.rests()) {
            int colon = rest.indexOf(':');
            Optional<FactType> kind = FactType.ofKey(colon < 0 ? rest : rest.substring(0, colon));
            if (kind.isPresent()) {
                String narrower = colon < 0 ? null : rest.substring(colon + 1);
                List<String> ids = chain.stream().filter(f -> f != null && kind.get().recordType().isInstance(f))
                        .filter(f -> narrower == null || kindsOf(f).stream().anyMatch(t -> t.isA(narrower)))
                        .map(Fact::id).toList();
                if (ids.isEmpty()) {
                    problems.add(new Problem(grounds.at(), "the likelihood reason of \"" + risk.type()
                            + "\" rests on " + rest + ", but rule \"" + risk.rule() + "\" reached " + risk.id()
                            + " from no such fact: name the facts the rule matches, or move the claim under"
                            + " \"assumptions\""));
                }
                cited.addAll(ids);
            } else if (dossier.fact(rest).isPresent()) {
                cited.add(rest);
            } else {
                List<String> known = new ArrayList<>(dossier.factsById().keySet());
                for (FactType t : FactType.values()) {
                    known.add(t.key());
                }
                problems.add(new Problem(grounds.at(), "the likelihood reason of \"" + risk.type() + "\" rests on \""
                        + rest + "\", which is neither a kind of fact (" + FactType.keys() + ", or one narrowed as"
                        + " support:funding) nor the id of a fact of the dossier: cite a fact that says what the reason"
                        + " states, or move the claim under \"assumptions\"" + NearNames.hint(rest, known)));
            }
        }
        return List.copyOf(cited);
    }

    private boolean known(String id) {
        return id != null && dossier.fact(id).isPresent();
    }

    /** The kinds a fact is written with, each matched with {@link Term#isA(String)}. */
    static List<Term<?>> kindsOf(Fact f) {
        List<Term<?>> out = new ArrayList<>();
        if (f instanceof Support s) {
            out.add(s.type());
        } else if (f instanceof Resource r) {
            out.add(r.kind());
        } else if (f instanceof Base b) {
            out.add(b.role());
            out.add(b.status());
        } else if (f instanceof Goal g) {
            out.add(g.kind());
        } else if (f instanceof Relation r) {
            out.add(r.kind());
        } else if (f instanceof Claim c) {
            out.add(c.kind());
        } else if (f instanceof Agreement a) {
            out.add(a.kind());
        } else if (f instanceof SanctionsMeasure m) {
            out.add(m.step());
        } else if (f instanceof Event e) {
            out.add(e.kind());
        } else if (f instanceof Plan p) {
            out.add(p.kind());
        } else if (f instanceof Threat t) {
            out.add(t.status());
        } else if (f instanceof Actor a) {
            out.add(a.kind());
        }
        out.removeIf(t -> t == null);
        return out;
    }
}

package org.mizan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import org.mizan.ach.AchJson;
import org.mizan.ach.AchResult;
import org.mizan.brief.Numbering;
import org.mizan.dossier.Text;
import org.mizan.hinge.Sensitivity;
import org.mizan.inference.Dependency;
import org.mizan.inference.Findings;
import org.mizan.inference.JudgmentGroups;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.LikelihoodBasis;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.TriggerAssessment;
import org.mizan.inference.TriggerStance;

/**
 * findings.json: the machine-readable result other tools and tests rely on. Built as explicit maps, not by
 * serialising the records, so that renaming a Java field cannot silently break the contract. Enum values are
 * written in lower case; likelihood as its ICD 203 term ("very likely").
 */
public final class FindingsJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private FindingsJson() {
    }

    public static byte[] write(String dossierId, String scenario, Findings findings, InputDigests digests,
                               String mizanVersion) {
        return write(dossierId, scenario, findings, digests, mizanVersion, null, AchResult.none());
    }

    /**
     * As above, with what the judgments hinge on: per risk its {@code linchpins} (the facts without which it would
     * not stand; left out when {@code sensitivity} is null) and, when there are hypotheses, the {@code ach} block.
     */
    public static byte[] write(String dossierId, String scenario, Findings findings, InputDigests digests,
                               String mizanVersion, Sensitivity sensitivity, AchResult ach) {
        return write(dossierId, scenario, findings, digests, mizanVersion, sensitivity, ach, null);
    }

    /**
     * As above, with the numbers of the brief's labels ({@code labels}: R, D and E numbers by judgment key,
     * dependency key and fact id; left out when {@code numbering} is null), which a later brief made {@code --since}
     * this one keeps.
     */
    public static byte[] write(String dossierId, String scenario, Findings findings, InputDigests digests,
                               String mizanVersion, Sensitivity sensitivity, AchResult ach, Numbering numbering) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dossier", dossierId);
        root.put("scenario", scenario);
        root.put("dependencies", findings.dependencies().stream().map(FindingsJson::dependency).toList());
        Map<String, List<String>> linchpins = sensitivity == null ? null : sensitivity.linchpinsByRisk();
        JudgmentGroups groups = JudgmentGroups.of(findings);
        root.put("risks", findings.risks().stream().map(r -> withLinchpins(risk(r, ach, groups), r, linchpins))
                .toList());
        root.put("groups", groups.groups().stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", g.key());
            m.put("supporting", g.supporting());
            return m;
        }).toList());
        if (!ach.isEmpty()) {
            root.put("ach", AchJson.of(ach));
        }
        if (numbering != null) {
            root.put("labels", numbering.json());
        }
        if (sensitivity != null) {
            Map<String, Object> how = new LinkedHashMap<>();
            how.put("mode", sensitivity.bounded() ? "bounded" : "exact");
            if (sensitivity.bounded()) {
                how.put("judgments", sensitivity.bound().judgments());
                how.put("factsTested", sensitivity.bound().factsTested());
                how.put("factsInDossier", sensitivity.bound().factsInDossier());
            }
            root.put("sensitivity", how);
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("facts", digests.facts());
        inputs.put("rules", digests.rules());
        inputs.put("templates", digests.templates());
        root.put("inputs", inputs);
        root.put("mizanVersion", mizanVersion);
        try {
            // Straight to UTF-8 bytes: at 1000x the file is 78 MB, and a string of it, a copy with the newline and
            // its encoding were three more copies for the collector.
            byte[] json = WRITER.writeValueAsBytes(root);
            byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> dependency(Dependency d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("dependent", d.dependent());
        m.put("provider", d.provider());
        m.put("kind", lower(d.kind()));
        m.put("strength", lower(d.strength()));
        m.put("rule", d.rule());
        m.put("because", d.because());
        return m;
    }

    private static Map<String, Object> risk(RiskJudgment r, AchResult ach, JudgmentGroups groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("type", r.type());
        m.put("kind", lower(r.kind()));
        m.put("subject", r.subject());
        m.put("object", r.object());
        m.put("title", text(r.title()));
        m.put("summary", text(r.summary()));
        m.put("category", r.category());
        if (r.kind() == JudgmentKind.VULNERABILITY) {
            m.put("strength", r.strength() == null ? null : lower(r.strength()));
            m.put("exposure", lower(r.impact()));
        } else {
            m.put("likelihood", r.likelihood().term());
            m.put("likelihoodPercent", List.of(r.likelihood().lowPercent(), r.likelihood().highPercent()));
            m.put("conditional", r.kind() == JudgmentKind.CONTINGENCY);
            m.put("likelihoodBasis", basis(r.likelihoodBasis()));
            m.put("impact", lower(r.impact()));
        }
        if (r.horizon() != null) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("months", r.horizon().months());
            h.put("cutOff", r.horizon().cutOff().toString());
            h.put("by", r.horizon().by().toString());
            m.put("horizon", h);
        }
        if (r.trigger() != null) {
            m.put("trigger", trigger(r.trigger(), ach));
        }
        m.put("rating", lower(r.rating()));
        m.put("onMatrix", r.onMatrix());
        m.put("confidence", lower(r.confidence()));
        m.put("confidenceReasons", r.confidenceReasons().stream().map(FindingsJson::text).toList());
        m.put("group", group(r, groups));
        m.put("indicators", r.indicators().stream().map(FindingsJson::text).toList());
        if (!r.observed().isEmpty()) {
            // Written only when the dossier shows a signpost, so a brief no news has moved keeps its bytes.
            m.put("observed", r.observed().stream().map(FindingsJson::observation).toList());
            m.put("settled", r.settled());
        }
        m.put("assumptions", r.assumptions().stream().map(FindingsJson::text).toList());
        m.put("rule", r.rule());
        m.put("because", r.because());
        return m;
    }

    private static Map<String, Object> observation(org.mizan.inference.Observation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", o.indicator() == null ? null : text(o.indicator()));
        m.put("facts", o.facts());
        m.put("date", o.date());
        m.put("source", o.source());
        m.put("steps", o.steps());
        m.put("settles", o.settles());
        return m;
    }

    private static Map<String, Object> basis(LikelihoodBasis b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("default", b.ruleDefault() == null ? null : b.ruleDefault().term());
        m.put("defaultWhy", b.defaultWhy() == null ? null : text(b.defaultWhy()));
        m.put("defaultRests", b.defaultCites());
        m.put("isDefault", b.isDefault());
        m.put("adjustments", b.steps().stream().map(step -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("reason", step.reason());
            a.put("steps", step.steps());
            a.put("why", text(step.why()));
            a.put("because", step.because());
            return a;
        }).toList());
        return m;
    }

    private static Map<String, Object> trigger(TriggerAssessment t, AchResult ach) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", text(t.event()));
        m.put("dossier", lower(t.stance()));
        m.put("plans", t.supporting());
        m.put("denials", t.opposing());
        m.put("hypothesisTrend", t.hypothesisTrend());
        Map<String, Object> standing = ach.standing(t.hypothesisTrend()).map(s -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("hypothesis", s.hypothesis().id());
            a.put("tested", s.tested());
            a.put("rank", s.rank());
            a.put("of", s.of());
            a.put("leastContradicted", s.leastContradicted());
            a.put("mostContradicted", s.mostContradicted());
            a.put("tiedWith", s.tiedWith());
            return a;
        }).orElse(null);
        m.put("ach", standing);
        // Unassessed only when neither the dossier (a plan, a denial) nor a tested hypothesis weighs the trigger.
        m.put("assessed", t.stance() != TriggerStance.NOT_REPORTED
                || (standing != null && Boolean.TRUE.equals(standing.get("tested"))));
        return m;
    }

    private static Map<String, Object> group(RiskJudgment r, JudgmentGroups groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        String key = groups.keyOf(r.id());
        m.put("key", key);
        m.put("role", r.id().equals(key) ? "key" : "supporting");
        m.put("overlap", Math.round(groups.overlapWithKey(r.id()) * 1000) / 1000.0);
        return m;
    }

    private static Map<String, Object> withLinchpins(Map<String, Object> m, RiskJudgment r,
                                                     Map<String, List<String>> linchpins) {
        if (linchpins != null) {
            m.put("linchpins", linchpins.getOrDefault(r.id(), List.of()));
        }
        return m;
    }

    private static Map<String, String> text(Text t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", t == null ? null : t.en());
        m.put("ar", t == null ? null : t.ar());
        return m;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}

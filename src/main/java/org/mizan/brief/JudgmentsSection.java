package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.mizan.dossier.Event;
import org.mizan.inference.Dependency;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.TriggerAssessment;
import org.mizan.inference.TriggerStance;

/**
 * Bottom line up front and the key judgments, in ICD 203 wording. The bottom line states the thesis — the newest
 * development about the actor the arrangement the sources describe turns on, who relies on it for what; the gravest
 * event (a risk, by its horizon) and the gravest contingency as a conditional with what the dossier says of its
 * trigger — never a count of findings. Each
 * key judgment (the key of a group of judgments resting mostly on the same evidence, naming the others) is one
 * sentence of judgment said as its kind requires (JudgmentWording), one of consequence for a named audience (the
 * {@code consequence.<category>} label), and its confidence in a sentence of its own, the reasons referred to by
 * letter in the method note.
 */
final class JudgmentsSection {

    private JudgmentsSection() {
    }

    static Section build(BriefContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(ParagraphRole.LEAD, Span.plain(bottomLine(ctx))));
        ConfidenceNotes notes = ConfidenceNotes.of(ctx);
        Set<String> consequencesSaid = new HashSet<>();
        List<Paragraph> judgments = ctx.keyRisks().stream()
                .map(r -> judgment(ctx, r, notes, consequencesSaid)).toList();
        blocks.addAll(judgments);
        return new Section(Anchors.JUDGMENTS, ctx.wording().label("heading.judgments"), 1, blocks, List.of(),
                Part.FRONT);
    }

    /** The analyst's thesis where the dossier gives one (its values from the findings), else the machine's own. */
    private static String bottomLine(BriefContext ctx) {
        return ThesisText.of(ctx).orElseGet(() -> generatedBottomLine(ctx));
    }

    private static String generatedBottomLine(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", TitleSection.title(ctx));
        data.put("date", w.date(ctx.input().dossier().cutOff()));
        // The gravest event (a risk, with its horizon) is the headline; the gravest contingency follows as a
        // conditional with its trigger's assessment, never with a likelihood of its own (rules/README.md).
        Optional<RiskJudgment> top = ctx.risks().stream().filter(r -> r.kind() == JudgmentKind.RISK).findFirst();
        data.put("hasRisk", top.isPresent());
        top.ifPresent(r -> {
            data.put("topRisk", runIn(w.prose(r.title())));
            data.putAll(JudgmentWording.grading(ctx, r));
        });
        Optional<RiskJudgment> contingency = ctx.risks().stream()
                .filter(r -> r.kind() == JudgmentKind.CONTINGENCY).findFirst();
        data.put("hasContingency", contingency.isPresent());
        contingency.ifPresent(r -> {
            data.put("contingency", runIn(w.prose(r.title())));
            TriggerAssessment t = r.trigger();
            data.put("triggerEvent", t == null || t.event() == null ? "" : w.prose(t.event()));
            data.put("triggerReported", t != null && t.stance() == TriggerStance.REPORTED);
            data.put("triggerDenied", t != null && t.stance() == TriggerStance.DENIED);
            data.put("triggerContested", t != null && t.stance() == TriggerStance.CONTESTED);
            data.put("triggerNotReported", t == null || t.stance() == TriggerStance.NOT_REPORTED);
        });
        DependencyFigure.MostDependedOn most = DependencyFigure.mostDependedOn(ctx);
        data.put("hasDependencies", most != null);
        if (most != null) {
            data.put("provider", ctx.names().inProse(most.id()));
            data.put("reliances", reliances(ctx, most.id()));
        }
        Optional<Event> newest = newestBearingOn(ctx, thesisActors(most, top, contingency));
        data.put("hasNewest", newest.isPresent());
        newest.ifPresent(e -> {
            data.put("newest", w.prose(e.title()));
            data.put("newestDate", w.partialDate(e.date()));
        });
        return w.sentence(Sentence.BOTTOM_LINE, data);
    }

    /**
     * The newest development the sources report that bears on the thesis: the last dated event of the timeline (the
     * order the sources tell) that names an actor the thesis is about — the actor the arrangement turns on, or a
     * party of the gravest event or contingency it states. The thesis opens with it, so a reader sees at once what
     * the brief is current to; an event between the parties of the headline risk (fighting between them, say) is
     * news about that risk even when it does not name the patron.
     */
    private static Optional<Event> newestBearingOn(BriefContext ctx, Set<String> actors) {
        List<Event> bearing = org.mizan.dossier.Timeline.order(ctx.input().dossier().current().stream()
                .filter(Event.class::isInstance).map(Event.class::cast).toList()).stream()
                .filter(e -> e.actors() != null && e.actors().stream().anyMatch(actors::contains)
                        && e.date() != null).toList();
        return bearing.isEmpty() ? Optional.empty() : Optional.of(bearing.get(bearing.size() - 1));
    }

    /** Whom the thesis is about: the actor the arrangement turns on and the parties of its headline judgments. */
    private static Set<String> thesisActors(DependencyFigure.MostDependedOn most,
                                                      Optional<RiskJudgment> top,
                                                      Optional<RiskJudgment> contingency) {
        Set<String> actors = new HashSet<>();
        if (most != null) {
            actors.add(most.id());
        }
        top.ifPresent(r -> addParties(actors, r));
        contingency.ifPresent(r -> addParties(actors, r));
        return actors;
    }

    private static void addParties(Set<String> actors, RiskJudgment r) {
        if (r.subject() != null) {
            actors.add(r.subject());
        }
        if (r.object() != null) {
            actors.add(r.object());
        }
    }

    /** "the SDF relies on it for funding and air cover; the transitional government for …", one per dependent. */
    private static String reliances(BriefContext ctx, String provider) {
        Wording w = ctx.wording();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        ctx.input().findings().dependencies().stream().filter(d -> d.provider().equals(provider))
                .sorted(java.util.Comparator.comparing(Dependency::dependent).thenComparing(Dependency::kind))
                .forEach(d -> {
                    List<String> own = kinds.computeIfAbsent(d.dependent(), k -> new ArrayList<>());
                    String word = w.word(d.kind());
                    if (!own.contains(word)) {
                        own.add(word);
                    }
                });
        List<String> parts = new ArrayList<>();
        kinds.forEach((actor, words) -> parts.add(w.sentence(Sentence.RELIANCE, Map.of(
                "actor", ctx.names().inProse(actor), "kinds", w.joinAnd(words), "first", parts.isEmpty()))));
        return String.join(w.label("list.strong-separator"), parts);
    }

    /**
     * The consequence is {@code consequence.<risk type>}, else {@code consequence.<category>}; each is said once,
     * with the first judgment it belongs to ({@code said} collects them).
     */
    private static Paragraph judgment(BriefContext ctx, RiskJudgment risk, ConfidenceNotes notes,
                                      Set<String> said) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>(JudgmentWording.grading(ctx, risk));
        data.put("label", Inlines.MARK);
        List<String> supporting = ctx.groups().supporting(risk.id()).stream().filter(ctx::shown)
                .sorted(java.util.Comparator.comparingInt(ctx::order)).map(ctx::label).toList();
        data.put("hasSupporting", !supporting.isEmpty());
        data.put("supporting", w.join(supporting));
        data.put("oneSupporting", supporting.size() == 1);
        data.put("title", w.prose(risk.title()));
        data.put("summary", sentence(w.prose(risk.summary())));
        // A forecast whose event is reported is said to have happened, with the report, not forecast again.
        ObservedSignposts.settling(risk).ifPresent(o -> data.put("settledOn", ObservedSignposts.seen(ctx, o)));
        data.put("settled", risk.settled());
        // The analyst's "so what" for the brief's reader, where the dossier gives one; else the labels'.
        org.mizan.dossier.Text own = ctx.input().dossier().voice().soWhat().get(risk.type());
        String found = own != null ? w.prose(own) : w.optionalLabel("consequence." + risk.type())
                .or(() -> w.optionalLabel("consequence." + risk.category())).orElse("");
        String consequence = said.add(found) ? found : "";
        data.put("hasConsequence", !consequence.isBlank());
        data.put("consequence", consequence);
        // The judgment stands out in bold; its consequence and the confidence follow in the text face.
        String text = w.sentence(Sentence.KEY_JUDGMENT, data);
        int split = consequence.isBlank() ? -1 : text.indexOf(consequence);
        List<Inline> inlines = new ArrayList<>();
        Inlines.withLink(split < 0 ? text : text.substring(0, split), riskLink(ctx, risk)).forEach(i ->
                inlines.add(i instanceof Span s ? Span.bold(s.text()) : i));
        if (split >= 0) {
            inlines.addAll(Inlines.withLink(text.substring(split), riskLink(ctx, risk)));
        }
        Map<String, Object> confidence = new HashMap<>();
        confidence.put("label", Inlines.MARK);
        confidence.put("confidence", w.word(risk.confidence()));
        String letters = notes.lettersOf(w, risk);
        confidence.put("hasReasons", !letters.isEmpty());
        confidence.put("reasons", letters);
        inlines.add(Span.plain(" "));
        inlines.addAll(Inlines.withLink(w.sentence(Sentence.CONFIDENCE, confidence), riskLink(ctx, risk)));
        return new Paragraph(null, ParagraphRole.KEY_JUDGMENT, inlines);
    }

    /** A title set after a colon in running English starts lower case ("…: a drawdown by…"), unless an acronym. */
    private static String runIn(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    private static Link riskLink(BriefContext ctx, RiskJudgment risk) {
        return new Link(ctx.label(risk.id()), Anchors.risk(risk.id()));
    }

    /** Summaries and reasons come from the rules as phrases; a closing stop keeps each a sentence of its own. */
    static String sentence(String phrase) {
        String s = phrase.strip();
        return s.isEmpty() || ".!?؟".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }
}

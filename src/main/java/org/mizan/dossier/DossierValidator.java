package org.mizan.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.mizan.problem.Problem;

/**
 * Checks an in-memory dossier: required fields, id form and uniqueness, references, citations and dates. Works on
 * records, not files, so a scenario that adds or changes facts is checked the same way; a {@link Locator} says where
 * each record was written. Problems come back as values, in dossier order.
 */
public final class DossierValidator {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Whether {@code id} is written as ids must be: lower-case letters and digits in hyphen-joined words. */
    public static boolean isWellFormedId(String id) {
        return KEBAB.matcher(id).matches();
    }

    private final Locator locator;
    private final Predicate<String> alsoDeclared;
    private final SourceTexts texts;

    /**
     * @param locator      where records stand ({@link Locator#ofOrigins} if nothing better is known)
     * @param alsoDeclared ids written in the files but not readable (already reported): references to them are
     *                     not reported again as unknown
     */
    public DossierValidator(Locator locator, Set<String> alsoDeclared) {
        this(locator, alsoDeclared, false);
    }

    /**
     * @param idsIncomplete a file could not be read to its end (already reported): any id may be declared in its
     *                      unread part, so no reference is reported as unknown
     */
    public DossierValidator(Locator locator, Set<String> alsoDeclared, boolean idsIncomplete) {
        this(locator, alsoDeclared, idsIncomplete, SourceTexts.none());
    }

    /** @param texts the sources' texts: each excerpt is checked against the paragraph it cites */
    public DossierValidator(Locator locator, Set<String> alsoDeclared, boolean idsIncomplete, SourceTexts texts) {
        this.locator = locator;
        Set<String> declared = Set.copyOf(alsoDeclared);
        this.alsoDeclared = idsIncomplete ? id -> true : declared::contains;
        this.texts = texts;
    }

    /** The same checks, reporting no reference as unknown: for when a lost file may have declared any id. */
    DossierValidator assumingEveryIdDeclared() {
        return new DossierValidator(locator, id -> true, texts);
    }

    private DossierValidator(Locator locator, Predicate<String> alsoDeclared, SourceTexts texts) {
        this.locator = locator;
        this.alsoDeclared = alsoDeclared;
        this.texts = texts;
    }

    /** Validates with the locations in {@link Dossier#origins()}. */
    public static List<Problem> validate(Dossier dossier) {
        return new DossierValidator(Locator.ofOrigins(dossier), Set.of()).check(dossier);
    }

    public List<Problem> check(Dossier dossier) {
        Report report = new Report(locator.orElse(Locator.ofOrigins(dossier)), "dossier " + dossier.id());
        checkIds(dossier, report);
        dossier.sources().forEach(s -> checkSource(s, report));
        EvidenceCheck evidence = new EvidenceCheck(dossier, alsoDeclared, texts, report);
        GradeConsistency grades = new GradeConsistency(report);
        Map<String, Fact> facts = firstById(dossier.facts());
        Set<String> duplicated = duplicatedIds(dossier.facts());
        for (Fact fact : dossier.facts()) {
            checkRequired(fact, report);
            checkReferences(fact, facts, report);
            evidence.check(fact);
            grades.check(fact);
            checkDates(fact, report);
            checkSense(fact, report);
            checkPartOf(fact, facts, duplicated, report);
            checkSupersedes(fact, facts, report);
            checkDateInSource(fact, report);
            checkPosition(fact, report);
        }
        Timeline.check(dossier.facts(Event.class), facts, report);
        return report.problems();
    }

    private void checkIds(Dossier dossier, Report report) {
        Map<String, Object> first = new HashMap<>();
        Stream.concat(dossier.sources().stream(), dossier.facts().stream()).forEach(record -> {
            String id = record instanceof Fact f ? f.id() : ((Source) record).id();
            if (id == null) {
                return; // reported as a missing field
            }
            if (!KEBAB.matcher(id).matches()) {
                report.add(record, "/id", "id \"" + id + "\" is not lower kebab case (letters a-z, digits and"
                        + " single hyphens, e.g. \"" + suggestion(id) + "\")");
            }
            Object earlier = first.putIfAbsent(id, record);
            if (earlier != null) {
                // At the id itself, where the analyst renames it (the record's opening brace is a line above).
                report.add(record, "/id", "duplicate id \"" + id + "\": first used by " + Report.name(earlier)
                        + " at " + report.where(earlier, "/id") + " (ids must be unique across the dossier)");
            }
        });
    }

    private static String suggestion(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private void checkSource(Source source, Report report) {
        checkRequired(source, report);
        if (source.paragraphs() < 0) {
            report.add(source, "/paragraphs", "paragraphs must be the source's paragraph count (0 if not known),"
                    + " not " + source.paragraphs());
        }
        if (source.id() != null && source.derivedFrom() != null && source.derivedFrom().contains(source.id())) {
            report.add(source, "/derivedFrom", "source \"" + source.id() + "\" cannot derive from itself");
        }
        texts.of(source.id()).filter(t -> source.paragraphs() > 0 && t.paragraphs().size() != source.paragraphs())
                .ifPresent(t -> report.add(source, "/paragraphs", "source \"" + source.id() + "\" declares "
                        + source.paragraphs() + " paragraphs but its text " + t.file() + " has " + t.paragraphs().size()
                        + " (paragraph N is the N-th non-empty line): correct \"paragraphs\""));
    }

    /**
     * An event's year is in a paragraph it cites, or the date is marked {@code dateInferred}: a year the source does
     * not give is the analyst's reading (checked where the cited texts are in the project).
     */
    private void checkDateInSource(Fact fact, Report report) {
        if (!(fact instanceof Event e) || e.inferredDate() || !PartialDates.isValid(e.date())
                || e.evidenceItems() == null) {
            return;
        }
        String year = e.date().substring(0, 4);
        List<String> cited = e.evidenceItems().stream().filter(i -> i != null && i.source() != null)
                .flatMap(i -> texts.of(i.source()).flatMap(t -> t.paragraph(i.paragraph())).stream()).toList();
        if (!cited.isEmpty() && cited.stream().noneMatch(p -> p.contains(year))) {
            report.add(fact, "/date", "the year " + year + " of " + Report.name(fact) + " is not in the paragraph(s)"
                    + " it cites: cite the paragraph that gives it, or mark the date \"dateInferred\": true");
        }
    }

    /** An approximate position is on the globe (a swapped or mistyped number is caught here, at its line). */
    private void checkPosition(Fact fact, Report report) {
        Position p = fact instanceof Base b ? b.approxPosition() : fact instanceof Resource r ? r.approxPosition() : null;
        if (p == null) {
            return;
        }
        if (p.latProblem() != null) {
            report.add(fact, "/approxPosition/lat", p.latProblem() + " (a position is \"lat\", \"lon\" in degrees)");
        }
        if (p.lonProblem() != null) {
            report.add(fact, "/approxPosition/lon", p.lonProblem() + " (a position is \"lat\", \"lon\" in degrees)");
        }
    }

    /** A fact overtakes other facts of the dossier, not itself, and not one that overtakes it in turn. */
    private void checkSupersedes(Fact fact, Map<String, Fact> facts, Report report) {
        List<String> overtaken = fact.supersedes() == null ? List.of() : fact.supersedes();
        for (int i = 0; i < overtaken.size(); i++) {
            String id = overtaken.get(i);
            Fact older = facts.get(id);
            if (id == null || alsoDeclared.test(id)) {
                continue;
            }
            if (older == null) {
                report.add(fact, "/supersedes/" + i, "unknown id \"" + id + "\" in \"supersedes\" (name the fact"
                        + " of the dossier this one overtakes)");
            } else if (older == fact || id.equals(fact.id())) {
                report.add(fact, "/supersedes/" + i, Report.name(fact) + " cannot supersede itself");
            } else if (older.supersedes() != null && older.supersedes().contains(fact.id())) {
                report.add(fact, "/supersedes/" + i, Report.name(fact) + " and " + Report.name(older)
                        + " supersede each other: only the later one names the earlier");
            }
        }
    }

    private void checkRequired(Object record, Report report) {
        for (RequiredFields.Gap gap : RequiredFields.gaps((Record) record)) {
            String field = Binder.dotted(record instanceof Fact f && f.evidenceItems() != null
                    && f.evidenceItems().size() == 1 ? gap.pointer().replaceFirst("^/evidence/0(?=/|$)", "/evidence")
                    : gap.pointer());
            report.add(record, gap.pointer(), gap.present()
                    ? "field \"" + field + "\" of " + Report.name(record) + " must not be empty"
                    : "missing field \"" + field + "\" in " + Report.name(record));
        }
    }

    private void checkReferences(Fact fact, Map<String, Fact> facts, Report report) {
        for (References.Reference ref : References.of(fact)) {
            if (alsoDeclared.test(ref.id())) {
                continue;
            }
            Fact target = facts.get(ref.id());
            String field = Binder.dotted(ref.pointer());
            if (target == null && ref.target() == References.Target.ACTOR) {
                report.add(fact, ref.pointer(), "unknown actor \"" + ref.id() + "\" in \"" + field
                        + "\" (declare it under \"actors\", e.g. in " + actorsFile(facts.values(), report) + ")");
            } else if (target == null) {
                report.add(fact, ref.pointer(), "unknown id \"" + ref.id() + "\" in \"" + field
                        + "\" (a claim's subject may be any actor or fact of the dossier)");
            } else if (ref.target() == References.Target.ACTOR && !(target instanceof Actor)) {
                report.add(fact, ref.pointer(), "\"" + ref.id() + "\" in \"" + field + "\" is a "
                        + FactType.of(target).label() + ", not an actor");
            }
        }
    }

    private static String actorsFile(java.util.Collection<Fact> facts, Report report) {
        return facts.stream().filter(Actor.class::isInstance).findFirst()
                .map(actor -> report.where(actor, "").file()).orElse("facts/actors.json");
    }

    private void checkDates(Fact fact, Report report) {
        if (fact instanceof Event e && e.date() != null && !PartialDates.isValid(e.date())) {
            report.add(fact, "/date", invalidDate(e.date(), "date"));
        }
        if (fact instanceof Plan p && p.horizon() != null && !PartialDates.isValid(p.horizon())) {
            report.add(fact, "/horizon", invalidDate(p.horizon(), "horizon"));
        }
        String deadline = fact instanceof Agreement a ? a.deadline()
                : fact instanceof SanctionsMeasure m ? m.deadline() : null;
        if (deadline != null && !PartialDates.isValid(deadline)) {
            report.add(fact, "/deadline", invalidDate(deadline, "deadline"));
        }
    }

    /** Shapes that parse but say nothing: a denial by no one, an actor related to itself. */
    private void checkSense(Fact fact, Report report) {
        if (fact instanceof Claim c && c.kind().isA(ClaimKind.OFFICIAL_DENIAL) && c.by() == null) {
            report.add(fact, "", "an official denial needs \"by\": the actor who denied it");
        }
        if (fact instanceof Relation r && r.subject() != null && r.subject().equals(r.object())) {
            report.add(fact, "/object", "\"" + r.object() + "\" cannot be both \"subject\" and \"object\"");
        }
        if (fact instanceof Support s && s.provider() != null && s.provider().equals(s.recipient())) {
            report.add(fact, "/recipient", "\"" + s.recipient() + "\" cannot be both \"provider\" and \"recipient\"");
        }
    }

    /**
     * An actor that is part of itself, directly or through others: the brief would name it as its own parent, and
     * rules that climb to the parent would climb forever.
     */
    private void checkPartOf(Fact fact, Map<String, Fact> facts, Set<String> duplicated, Report report) {
        if (!(fact instanceof Actor actor) || actor.id() == null || actor.partOf() == null
                || duplicated.contains(actor.id())) {
            return; // a duplicate id is the error there: which actor a partOf names is not known
        }
        List<String> chain = new java.util.ArrayList<>(List.of(actor.id()));
        String next = actor.partOf();
        while (next != null && !chain.contains(next) && facts.get(next) instanceof Actor parent) {
            chain.add(next);
            next = parent.partOf();
        }
        if (actor.id().equals(next)) {
            chain.add(next);
            report.add(fact, "/partOf", "actor \"" + actor.id() + "\" is part of itself (" + String.join(" → ", chain)
                    + "): \"partOf\" names the larger actor it belongs to; correct it or leave it out");
        }
    }

    private static String invalidDate(String value, String field) {
        return "invalid date \"" + value + "\" in \"" + field + "\" (expected yyyy, yyyy-MM or yyyy-MM-dd,"
                + " e.g. 2025, 2025-08 or 2025-08-15)";
    }

    private static Set<String> duplicatedIds(List<Fact> facts) {
        Set<String> seen = new java.util.HashSet<>();
        Set<String> twice = new java.util.HashSet<>();
        facts.forEach(f -> {
            if (f.id() != null && !seen.add(f.id())) {
                twice.add(f.id());
            }
        });
        return twice;
    }

    private static Map<String, Fact> firstById(List<Fact> facts) {
        Map<String, Fact> byId = new HashMap<>();
        facts.forEach(f -> {
            if (f.id() != null) {
                byId.putIfAbsent(f.id(), f);
            }
        });
        return byId;
    }
}

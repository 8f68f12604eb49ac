package org.mizan.reference;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.kie.api.runtime.rule.RuleContext;
import org.mizan.ach.Hypothesis;
import org.mizan.dossier.Concept;
import org.mizan.dossier.FactType;
import org.mizan.dossier.Vocabulary;
import org.mizan.inference.Derive;
import org.mizan.inference.DeriveForms;
import org.mizan.inference.DrlTypes;
import org.mizan.inference.Impact;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.Likelihood;
import org.mizan.inference.PackageTypes;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskCategory;
import org.mizan.inference.RiskRating;

/**
 * The rule author's reference, generated from the code: every type a rule can match with its fields, every enum
 * with its values, the scales, the risk categories, the Derive forms with an example each, and the checklist for
 * a new risk. Types and forms are found by reflection, so one added to the code appears here at once.
 */
public final class RuleReference {

    private RuleReference() {
    }

    public static String markdown() {
        Markdown md = new Markdown();
        md.heading(1, "Rule author's reference");
        md.paragraph("Generated from the code by `./mizan reference`; do not edit by hand (a test fails when this file"
                + " and the code disagree: regenerate it with `./mizan reference > rules/REFERENCE.md`). How to write"
                + " a rule, with a worked example: [README.md](README.md).");
        md.paragraph("Every rule file starts with `package org.mizan.rules;` and imports the packages it uses:"
                + " `import org.mizan.dossier.*;` (facts), `import org.mizan.inference.*;` (findings, scales,"
                + " `Derive`) and, for competing hypotheses, `import org.mizan.ach.*;`. A condition matches a type by"
                + " its name and its fields by their names: `Base(status.isA(BaseStatus.IN_PLACE), $op : operator)`."
                + " A kind (a `Term<...>` field) is matched with `isA`, which also matches every kind beneath the one"
                + " named, a dossier's own narrower kinds among them (see Vocabularies below).");
        facts(md);
        findings(md);
        others(md);
        vocabularies(md);
        enums(md);
        scales(md);
        categories(md);
        forms(md);
        checklist(md);
        return md.toString();
    }

    private static void facts(Markdown md) {
        md.heading(2, "Fact types (the dossier, `facts/*.json`)");
        md.paragraph("Each fact file lists facts under a key (`\"bases\": [...]`); in a rule the fact is matched by"
                + " its type. Ids are text (`String`): to pass a fact to `Derive`, pass its id, e.g. `$base.id()`.");
        for (FactType type : FactType.values()) {
            md.heading(3, "`" + type.recordType().getSimpleName() + "` (key `\"" + type.key() + "\"`)");
            md.fields(type.recordType());
        }
    }

    private static void findings(Markdown md) {
        md.heading(2, "Finding types (what rules infer, and may match to build chains)");
        md.paragraph("Findings are inserted with `insertLogical(Derive...)` (below): `rule` is the rule's name and"
                + " `because` the ids of every fact and finding the rule matched, filled in by `Derive`.");
        for (Class<?> type : findingTypes()) {
            md.heading(3, "`" + type.getSimpleName() + "`");
            md.fields(type);
        }
    }

    /** What the Derive forms return: the findings a rule can insert. */
    private static List<Class<?>> findingTypes() {
        return DeriveForms.all().stream().<Class<?>>map(Method::getReturnType).distinct()
                .sorted(Comparator.comparing(Class::getSimpleName)).toList();
    }

    private static void others(Markdown md) {
        md.heading(2, "Other types in a rule session");
        md.heading(3, "`" + Hypothesis.class.getSimpleName() + "` (from `facts/hypotheses.json`, matched by `ach.drl`)");
        md.fields(Hypothesis.class);
        md.heading(3, "`" + RiskRating.class.getSimpleName() + "` (inserted by the rating table `rating.drl.csv`)");
        md.fields(RiskRating.class);
        md.heading(3, "`" + org.mizan.inference.CutOff.class.getSimpleName()
                + "` (the information cut-off, once per session: `$now : CutOff()`, `$now.passed(deadline)`)");
        md.fields(org.mizan.inference.CutOff.class);
        for (Method helper : helpers()) {
            md.heading(3, "`" + helper.getDeclaringClass().getSimpleName() + "." + helper.getName() + "` returns `"
                    + helper.getReturnType().getSimpleName() + "`");
            md.code("drl", "insertLogical(" + call(helper) + ");");
            if (helper.getReturnType().isRecord()) {
                md.fields(helper.getReturnType());
            }
        }
    }

    private static void vocabularies(Markdown md) {
        md.heading(2, "Vocabularies (kinds)");
        md.paragraph("Each kind field of a fact is a `Term` of one of these schemes: in the facts it is written in lower"
                + " snake case (`\"type\": \"arms_sale\"`), in a rule as `type.isA(SupportType.MILITARY_SUPPORT)`, which"
                + " matches the kind named and every kind beneath it. A dossier may declare narrower kinds of its own"
                + " under `\"kinds\"` (`{\"scheme\": \"support_type\", \"term\": \"oilfield_protection\", \"broader\":"
                + " \"protection\", \"label\": {\"en\": ..., \"ar\": ...}}`): rules match them as their broader shipped"
                + " kind, and the brief words them with their label. `term.name()` is the kind as written,"
                + " `term.concept()` the shipped kind it falls under.");
        for (Class<? extends Concept> scheme : Vocabulary.SCHEMES) {
            md.heading(3, "`" + scheme.getSimpleName() + "` (scheme `" + Vocabulary.scheme(scheme) + "`)");
            md.table(List.of("kind", "in the facts", "beneath", "covers"), Arrays.stream(scheme.getEnumConstants())
                    .map(c -> List.of("`" + c.name() + "`", "`" + c.term() + "`",
                            c.broader() == null ? "" : "`" + c.broader().name() + "`", c.gloss())).toList());
        }
    }

    private static void enums(Markdown md) {
        md.heading(2, "Enums");
        md.paragraph("The other closed sets. Write a value with its type: `Likelihood.LIKELY`.");
        List<List<String>> rows = usedEnums().stream()
                .map(type -> List.of("`" + type.getSimpleName() + "`", String.join(", ", Arrays.stream(
                        type.getEnumConstants()).map(c -> "`" + ((Enum<?>) c).name() + "`").toList())))
                .toList();
        md.table(List.of("enum", "values"), rows);
    }

    /** The enums a rule meets: field types of the types above and argument types of Derive and its helpers. */
    private static List<Class<?>> usedEnums() {
        List<Class<?>> records = new ArrayList<>();
        Arrays.stream(FactType.values()).forEach(t -> records.add(t.recordType()));
        records.addAll(findingTypes());
        records.addAll(List.of(Hypothesis.class, RiskRating.class));
        helpers().forEach(h -> records.add(h.getReturnType()));
        java.util.Set<Class<?>> enums = new java.util.TreeSet<>(Comparator.comparing(Class::getSimpleName));
        records.stream().filter(Class::isRecord).flatMap(r -> Arrays.stream(r.getRecordComponents()))
                .map(c -> c.getType()).filter(Class::isEnum).forEach(enums::add);
        Stream.concat(DeriveForms.all().stream(), helpers().stream())
                .flatMap(m -> Arrays.stream(m.getParameterTypes())).filter(Class::isEnum).forEach(enums::add);
        return List.copyOf(enums);
    }

    private static void scales(Markdown md) {
        md.heading(2, "Scales");
        md.heading(3, "Likelihood (ICD 203)");
        md.table(List.of("value", "term in the brief", "probability"), Arrays.stream(Likelihood.values())
                .map(l -> List.of("`Likelihood." + l.name() + "`", l.term(), l.lowPercent() + "–" + l.highPercent()
                        + " %")).toList());
        md.heading(3, "Impact");
        md.table(List.of("value", "level"), Arrays.stream(Impact.values())
                .map(i -> List.of("`Impact." + i.name() + "`", String.valueOf(i.level()))).toList());
        md.heading(3, "Rating");
        md.paragraph("Not written in rules: `rating.drl.csv` rates every likelihood with every impact as "
                + String.join(", ", Arrays.stream(Rating.values()).map(r -> "`" + r.name() + "`").toList()) + ".");
    }

    private static void categories(Markdown md) {
        md.heading(2, "Risk categories");
        md.paragraph("The `\"category\"` of a risk type in `risks.json` is one of these words (`./mizan validate`"
                + " rejects any other):");
        md.table(List.of("category", "covers"), Arrays.stream(RiskCategory.values())
                .map(c -> List.of("`" + c.key() + "`", c.covers())).toList());
    }

    private static void forms(Markdown md) {
        md.heading(2, "`Derive` forms");
        md.paragraph("A rule's action inserts its findings through these; `drools` is passed as it is. Ids"
                + " (`String`) are actor or fact ids bound in the conditions.");
        for (Method form : DeriveForms.all()) {
            md.heading(3, "`" + DeriveForms.signature(form) + "` returns `" + form.getReturnType().getSimpleName()
                    + "`");
            md.code("drl", "insertLogical(" + call(form) + ");");
        }
        List<Class<?>> helperTypes = DeriveForms.all().stream().flatMap(f -> Arrays.stream(f.getParameterTypes()))
                .map(t -> t.isArray() ? t.getComponentType() : t).filter(t -> !factories(t).isEmpty()).distinct()
                .sorted(Comparator.comparing(Class::getSimpleName)).toList();
        for (Class<?> helper : helperTypes) {
            md.heading(3, "`" + helper.getSimpleName() + "`, an argument of the forms above");
            md.bullets(factories(helper).stream().map(f -> "`" + signature(f) + "`").toList());
            if (helper.isRecord()) {
                md.fields(helper);
            }
        }
    }

    private static void checklist(Markdown md) {
        md.heading(2, "Checklist for a new risk");
        md.numbered(List.of(
                "Write the rule in a `rules/risks-*.drl` file: a phrase as its name, one comment line saying what it"
                        + " judges and why, conditions that combine facts or findings, and"
                        + " `insertLogical(Derive.risk(drools, \"your-risk-type\", $subject, Likelihood..., Impact...));`.",
                "Add `\"your-risk-type\"` to `rules/risks.json` with `\"kind\"` (" + String.join(", ",
                        Arrays.stream(JudgmentKind.values()).map(k -> "`" + k.name().toLowerCase(Locale.ROOT) + "`")
                                .toList()) + "), `\"category\"` (one of the categories above),"
                        + " `\"title\"` and `\"summary\"` (each with `\"en\"` and `\"ar\"`; `{subject}` and `{object}`"
                        + " become actor names, here and in the indicators, assumptions and reasons), non-empty"
                        + " `\"indicators\"` and `\"assumptions\"` lists of"
                        + " `{\"en\", \"ar\"}`, and what its kind asks for (a risk: `\"likelihood\": {\"default\":"
                        + " \"likely\", \"rests\": [\"goals\", \"support:funding\"], \"why\": {\"en\", \"ar\"}}`,"
                        + " the reason saying only what the facts it rests on say, the rest under"
                        + " `\"assumptions\"`); `./mizan validate` names any field missing.",
                "Run `./mizan validate`, then `./mizan generate` and `./mizan explain <risk id from"
                        + " out/findings.json>`; add the rule to the table in `rules/README.md`.",
                "Optionally, say what a scenario should do to it: `{\"present\": \"your-risk-type\"}` in a scenario's"
                        + " `\"expect\"` list (`facts/scenarios/README.md`), checked by `./mizan check`."));
    }

    /** Public static methods outside Derive that take the rule context first, e.g. {@code Rate.of}. */
    private static List<Method> helpers() {
        return DrlTypes.RULE_PACKAGES.stream().flatMap(p -> PackageTypes.of(p).stream())
                .filter(c -> !c.getSimpleName().equals("Derive"))
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() > 0 && RuleContext.class.isAssignableFrom(m.getParameterTypes()[0]))
                .sorted(Comparator.comparing((Method m) -> m.getDeclaringClass().getSimpleName())
                        .thenComparing(Method::getName).thenComparingInt(Method::getParameterCount))
                .toList();
    }

    /**
     * An example call: drools, "my-risk-type" for a type, $name for ids and facts, a middle value for enums, a
     * factory call for a helper type (Trigger.of(...)), nothing for a trailing list of optional arguments.
     */
    static String call(Method m) {
        List<String> args = new ArrayList<>();
        Parameter[] params = m.getParameters();
        for (int i = 0; i < params.length; i++) {
            if (m.isVarArgs() && i == params.length - 1) {
                break;
            }
            args.add(argument(m, params[i]));
        }
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(" + String.join(", ", args) + ")";
    }

    private static String argument(Method m, Parameter p) {
        Class<?> t = p.getType();
        if (RuleContext.class.isAssignableFrom(t)) {
            return "drools";
        }
        if (t.isEnum()) {
            Object[] values = t.getEnumConstants();
            return t.getSimpleName() + "." + ((Enum<?>) values[values.length / 2]).name();
        }
        if (t == String.class) {
            return p.getName().equals("type") ? "\"my-" + m.getName().toLowerCase(Locale.ROOT) + "-type\""
                    : m.getDeclaringClass() == Derive.class ? "$" + p.getName() : "\"" + p.getName() + "\"";
        }
        if (t == int.class) {
            return "1";
        }
        List<Method> factories = factories(t);
        return factories.isEmpty() ? "$" + p.getName() : call(factories.get(0));
    }

    /** The public static methods of a helper type that make one ({@code Trigger.of}), by name. */
    static List<Method> factories(Class<?> type) {
        if (!DrlTypes.RULE_PACKAGES.contains(type.getPackageName()) || type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getDeclaredMethods())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && f.getReturnType() == type)
                .sorted(Comparator.comparing(Method::getName).thenComparingInt(Method::getParameterCount))
                .toList();
    }

    /** {@code Trigger.of(Object supporting, Object opposing)}. */
    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(" + String.join(", ",
                Arrays.stream(m.getParameters()).map(p -> (p.isVarArgs() ? p.getType().getComponentType()
                        .getSimpleName() + "..." : p.getType().getSimpleName()) + " " + p.getName()).toList()) + ")";
    }
}

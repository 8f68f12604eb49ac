package org.mizan.inference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.template.parser.DecisionTableParseException;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.mizan.layer.LayerOverride;
import org.mizan.layer.Layers;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.NearNames;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * The rules of one rules directory, compiled from disk at run time so that an analyst's edit needs no rebuild:
 * every {@code *.drl}, every decision table {@code *.drl.csv} and the risk catalogue {@code risks.json}.
 * Close it when done: it holds a KieModule in the shared repository.
 */
public final class RuleBase implements AutoCloseable {

    private static final AtomicLong BUILDS = new AtomicLong();
    /**
     * The base last wired from cached packages, with the list it was wired from. The cache hands back the same list
     * while its file is unchanged ({@link RuleCache}), so a process that runs command after command (the launcher's
     * background process) wires each rule set once; a base is only read from (sessions), as {@code watch} reuses one.
     */
    private static final AtomicReference<Map.Entry<List<KiePackage>, KieBase>> LAST_WIRED = new AtomicReference<>();
    private static final String KIE_FOLDER = "src/main/resources/org/mizan/rules/";

    private final KieBase kieBase;
    private final Runnable disposal;
    private final RuleIndex index;
    private final RiskCatalogue catalogue;
    private final String digest;
    private final Layers layers;
    private final RuleFiles files;
    private final List<LayerOverride> overrides;
    private final Set<String> ruleNames;
    /** The rating table's cells, probed once at compile time (set before the rule base is handed out). */
    private RatingTableCheck.Result scale;

    private RuleBase(KieBase kieBase, Runnable disposal, RuleIndex index, RiskCatalogue catalogue, RuleFiles files,
                     Layers layers, List<LayerOverride> overrides) {
        this.kieBase = kieBase;
        this.disposal = disposal;
        this.index = index;
        this.catalogue = catalogue;
        this.digest = files.digest();
        this.files = files;
        this.layers = layers;
        this.overrides = List.copyOf(overrides);
        Set<String> names = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
        this.ruleNames = Collections.unmodifiableSet(names);
    }

    /** Compiles the rules in {@code rulesDir}; every problem found comes back at once as an InputException. */
    public static RuleBase compile(Path rulesDir) {
        return compile(Layers.of(rulesDir), RuleCache.configured(), RuleTrust.CHECKED);
    }

    /** The same, the rule files' code checked against the trust boundary unless {@code trust} is TRUSTED. */
    public static RuleBase compile(Path rulesDir, RuleTrust trust) {
        return compile(Layers.of(rulesDir), RuleCache.configured(), trust);
    }

    /** Compiles the rules of every layer, merged (a higher layer's file replaces the one of the same name). */
    public static RuleBase compile(Layers layers) {
        return compile(layers, RuleCache.configured(), RuleTrust.CHECKED);
    }

    /** The same, every layer's rule files checked against the trust boundary unless {@code trust} is TRUSTED. */
    public static RuleBase compile(Layers layers, RuleTrust trust) {
        return compile(layers, RuleCache.configured(), trust);
    }

    static RuleBase compile(Path rulesDir, Optional<RuleCache> cache) {
        return compile(Layers.of(rulesDir), cache, RuleTrust.CHECKED);
    }

    static RuleBase compile(Layers layers, Optional<RuleCache> cache) {
        return compile(layers, cache, RuleTrust.CHECKED);
    }

    /**
     * The same, with the compiled packages taken from (or kept in) {@code cache}: rules unchanged since the last
     * run need no compilation. Their files are still read and checked, since messages point into them.
     */
    static RuleBase compile(Layers layers, Optional<RuleCache> cache, RuleTrust trust) {
        RuleFiles files = RuleFiles.read(layers);
        // Packages this build compiled from the same files (digest: names and contents, risk catalogues), after they
        // passed the trust check when this run checks: the check would find nothing again, and it is the larger part
        // of a cold run's rule work (Drools' parser and JavaParser over every file).
        Optional<List<KiePackage>> cachedPackages = cache.flatMap(c -> c.read(files.digest(), trust));
        // Before anything is compiled: what a rule may not do is its only error, however much else is wrong. Every
        // layer's files are checked (those a higher layer replaced are not compiled, so not checked).
        RuleTrustCheck.Result checked = trust == RuleTrust.TRUSTED || cachedPackages.isPresent()
                ? RuleTrustCheck.Result.NONE : RuleTrustCheck.check(files);
        if (!checked.refused().isEmpty()) {
            throw new InputException(checked.refused());
        }
        List<Problem> problems = new ArrayList<>();
        List<LayerOverride> overrides = new ArrayList<>(files.overrides());
        RiskCatalogue catalogue = RiskCatalogue.read(layers, problems, overrides);
        RuleIndex index = RuleIndex.scan(files.drl());
        problems.addAll(index.clashes());
        problems.addAll(unknownRiskTypes(index, catalogue));
        if (!catalogue.whole() && !problems.isEmpty()) {
            // Every rule's risk type is "not defined" when risks.json cannot be read: the file's error says so once.
            Problem cause = problems.get(0);
            problems.removeIf(cause::equals); // the same file may be read for two layers
            problems.add(0, followedBy(cause,
                    (int) index.riskTypes().stream().filter(u -> !catalogue.has(u.type())).count()));
        }
        List<Problem> tables = tableCells(files);
        problems.addAll(tables);
        if (!problems.isEmpty()) {
            // Every problem at once: the rule files' own errors too, from a build that is then thrown away; but not
            // Drools' words for a table whose cells were found wrong, which name the generated DRL, not the cell.
            try {
                build(files, index, catalogue, layers, overrides).close();
            } catch (InputException buildProblems) {
                // A rule name defined twice is reported above, at the second definition naming the first; a table
                // whose cells were found wrong is reported at them, not again in Drools' words.
                buildProblems.problems().stream().filter(p -> index.clashes().isEmpty()
                        || !p.message().startsWith("Duplicate rule name")).filter(p -> tables.stream()
                        .noneMatch(t -> t.where().file().equals(p.where().file()))).forEach(problems::add);
            }
            throw new InputException(problems);
        }
        Optional<KieBase> cached = cachedPackages.flatMap(RuleBase::wired);
        RuleBase rules = cached.isPresent()
                ? new RuleBase(cached.get(), () -> { }, index, catalogue, files, layers, overrides)
                : build(files, index, catalogue, layers, overrides);
        RatingTableCheck.Result table = RatingTableCheck.check(rules.kieBase, rules.ratingTable(),
                index.rules().keySet());
        if (!table.problems().isEmpty()) {
            rules.close();
            throw new InputException(table.problems());
        }
        rules.scale = table;
        // Code Drools accepts but the check cannot read (MVEL-only syntax) is not let through unchecked; code
        // neither can read was reported by the build, which says better what is wrong with it.
        if (!checked.unreadable().isEmpty()) {
            rules.close();
            throw new InputException(checked.unreadable());
        }
        if (cached.isEmpty()) {
            cache.ifPresent(c -> c.write(files.digest(), trust, rules.kieBase.getKiePackages()));
        }
        return rules;
    }

    /** Compiles through a KIE module in the shared repository; the rule base removes it again when closed. */
    private static RuleBase build(RuleFiles files, RuleIndex index, RiskCatalogue catalogue, Layers layers,
                                  List<LayerOverride> overrides) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("org.mizan", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        List<Problem> problems = build(kie, releaseId, files);
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new InputException(problems);
        }
        KieContainer container = kie.newKieContainer(releaseId);
        return new RuleBase(container.newKieBase(equality()), () -> {
            container.dispose();
            kie.getRepository().removeKieModule(releaseId);
        }, index, catalogue, files, layers, overrides);
    }

    /** The base wired from these packages: the last one if it was wired from this very list. */
    private static Optional<KieBase> wired(List<KiePackage> packages) {
        Map.Entry<List<KiePackage>, KieBase> last = LAST_WIRED.get();
        if (last != null && last.getKey() == packages) {
            return Optional.of(last.getValue());
        }
        Optional<KieBase> base = fromPackages(packages);
        if (base.isPresent()) {
            LAST_WIRED.set(Map.entry(packages, base.get()));
        } else {
            // Packages Drools refused may have been changed by the attempt: the next run reads them afresh.
            RuleCache.forget(packages);
        }
        return base;
    }

    /**
     * A base from cached packages, or empty when they cannot be wired again: a type declared in a rule file
     * ({@code declare Flood ... end}) is generated at compile time and not restored from the cache, and adding
     * the packages then fails with "Unable to resolve class". Such rules are simply compiled each time.
     */
    private static Optional<KieBase> fromPackages(List<KiePackage> packages) {
        try {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(equality());
            base.addPackages(packages);
            return Optional.of(base);
        } catch (RuntimeException notRestorable) {
            return Optional.empty();
        }
    }

    private static List<Problem> tableCells(RuleFiles files) {
        List<Problem> problems = new ArrayList<>();
        files.texts().forEach((path, text) -> {
            if (path.getFileName().toString().endsWith(".drl.csv")) {
                problems.addAll(RatingTableCells.check(DisplayPaths.of(path), text));
            }
        });
        return problems;
    }

    private static Problem followedBy(Problem cause, int count) {
        return count == 0 ? cause : new Problem(cause.where(), cause.message() + " (and " + count + " error"
                + (count == 1 ? "" : "s") + " that follow from it)");
    }

    private static List<Problem> unknownRiskTypes(RuleIndex index, RiskCatalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        for (RuleIndex.RiskTypeUse use : index.riskTypes()) {
            JudgmentKind declared = catalogue.wording(use.type()).map(RiskWording::kind).orElse(null);
            if (catalogue.lacks(use.type())) {
                problems.add(new Problem(use.where(), "rule \"" + use.rule() + "\" names risk type \""
                        + use.type() + "\", which " + RiskCatalogue.FILE_NAME + " does not define"
                        + NearNames.hint(use.type(), catalogue.types())));
            } else if (declared != null && declared != use.kind()) {
                String made = use.kind().name().toLowerCase(Locale.ROOT);
                problems.add(new Problem(use.where(), "rule \"" + use.rule() + "\" derives a " + made + " of type \""
                        + use.type() + "\", which " + RiskCatalogue.FILE_NAME + " declares a "
                        + declared.name().toLowerCase(Locale.ROOT) + " (use Derive."
                        + declared.name().toLowerCase(Locale.ROOT) + " or change its \"kind\")"));
            }
        }
        return problems;
    }

    /** Builds the files into the KIE repository under {@code releaseId}; the problems of the build. */
    private static List<Problem> build(KieServices kie, ReleaseId releaseId, RuleFiles files) {
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        Map<String, Path> kiePaths = new LinkedHashMap<>();
        files.texts().forEach((path, text) -> {
            String kiePath = KIE_FOLDER + path.getFileName();
            kiePaths.put(kiePath, path);
            kfs.write(kiePath, text.getBytes(StandardCharsets.UTF_8));
        });
        KieBuilder builder;
        try {
            builder = kie.newKieBuilder(kfs).buildAll();
        } catch (DecisionTableParseException e) {
            return List.of(TableCells.unreadable(kiePaths, e));
        }
        List<Problem> problems = BuildProblems.of(builder.getResults().getMessages(), kiePaths, files.texts());
        return problems.isEmpty() ? problems
                : ImportProblems.collapse(BuildProblems.causeFirst(problems, files.texts()), files.texts());
    }

    /** SHA-256 over the rule files and the catalogue, by file name and content, for findings.json. */
    public String digest() {
        return digest;
    }

    /** The names of every rule, sorted: what a scenario may switch off. */
    public Set<String> ruleNames() {
        return ruleNames;
    }

    /**
     * The rules a what-if may switch off on their own: those written in {@code .drl} files. A row of the rating
     * table is not one: every risk needs its rating, so without its row a risk in that cell could not be graded.
     */
    public Set<String> switchableRules() {
        Set<String> drl = new TreeSet<>(index.rules().keySet());
        drl.retainAll(ruleNames);
        return Collections.unmodifiableSet(drl);
    }

    /** The rows of the rating table: rules a what-if cannot switch off alone (see {@link #switchableRules()}). */
    public Set<String> ratingRows() {
        Set<String> rows = new TreeSet<>(ruleNames);
        rows.removeAll(switchableRules());
        return Collections.unmodifiableSet(rows);
    }

    /** The rules whose action derives findings ({@code Derive....}): those a brief names as "why we judge this". */
    public Set<String> findingRules() {
        return index.deriving();
    }

    /**
     * The rules whose conditions match facts of {@code type} (or a subtype), sorted by name: which rules could use
     * such a fact, for {@code explain} on a fact nothing rests on.
     */
    public Set<String> rulesReading(Class<?> type) {
        Set<String> reading = new TreeSet<>();
        RuleReaders.of(kieBase).forEach((rule, types) -> {
            if (types.stream().anyMatch(t -> t.isAssignableFrom(type))) {
                reading.add(rule);
            }
        });
        return Collections.unmodifiableSet(reading);
    }

    /** Every risk type of the catalogue (rules/risks.json), sorted: what rules and expectations may name. */
    public Set<String> riskTypes() {
        return catalogue.types();
    }

    /**
     * A literal id a rule's condition compares an id field with ({@code Actor(id == "sdff")}) that names no fact of
     * the dossier, at the literal: such a condition never matches and its rule never fires, without a word. A look-alike
     * letter of another script (a Cyrillic "ѕ" for the Latin "s") is named, since the two look the same.
     */
    public List<Problem> unknownIdsInConditions(Set<String> factIds) {
        List<Problem> problems = new ArrayList<>();
        for (RuleIndex.ConditionId literal : index.conditionIds()) {
            if (!factIds.contains(literal.id())) {
                problems.add(new Problem(literal.where(), "rule \"" + literal.rule() + "\" compares an id with \""
                        + literal.id() + "\" in its condition, which is no id of the dossier" + lookAlike(literal.id())
                        + ", so the condition never matches: write the id of a fact" + NearNames.hint(literal.id(),
                        factIds)));
            }
        }
        return problems;
    }

    /** {@code " (its 1st letter is U+0455, cyrillic small letter dze, not a Latin letter)"}, or nothing. */
    private static String lookAlike(String id) {
        for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
            int c = id.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return String.format(Locale.ROOT, " (character %d is U+%04X, %s, not a Latin letter)", i + 1, c,
                        Character.getName(c).toLowerCase(Locale.ROOT));
            }
        }
        return "";
    }

    /** Where a rule is written, for messages about it; the shipped rules directory when it cannot be told. */
    public SourceLocation locate(String rule) {
        return index.locate(rule, DisplayPaths.of(layers.bottom().dir()));
    }

    /** The rule layers read, bottom first (the shipped folder, then the dossier's own, then any given). */
    public Layers layers() {
        return layers;
    }

    /** Every file and risk type a higher layer put in place of a lower layer's, in the order read. */
    public List<LayerOverride> overrides() {
        return overrides;
    }

    /** The rating table in force: the highest layer's, or where the shipped one belongs when none has one. */
    /** What the rating table says of a likelihood and an impact: for a likelihood a signpost moved. */
    Rating rating(Likelihood likelihood, Impact impact) {
        return scale.rate(likelihood, impact);
    }

    Path ratingTable() {
        return files.file(RatingTableCheck.FILE_NAME)
                .orElse(layers.bottom().dir().resolve(RatingTableCheck.FILE_NAME));
    }

    /** Where the wording of a risk type stands (the highest layer's catalogue that words it). */
    SourceLocation catalogueEntry(String type) {
        return catalogue.where(type).orElse(SourceLocation.ofFile(
                DisplayPaths.of(layers.bottom().dir().resolve(RiskCatalogue.FILE_NAME))));
    }

    RiskCatalogue catalogue() {
        return catalogue;
    }

    /** The knowledge base its sessions come from (a test checks that unchanged cached rules share one). */
    KieBase kieBase() {
        return kieBase;
    }

    KieSession newKieSession() {
        return kieBase.newKieSession();
    }

    /**
     * Equality, not identity, decides whether a fact is already known: several matches of one rule that derive the
     * same finding (same id, same grounds) then justify one object instead of inserting copies.
     */
    private static KieBaseConfiguration equality() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(EqualityBehaviorOption.EQUALITY);
        return conf;
    }

    @Override
    public void close() {
        disposal.run();
    }
}

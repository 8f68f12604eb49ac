package org.mizan.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.mizan.dossier.Language;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * Builds what a brief says from a dossier and what the rules found, in one language. The title block is the
 * Metadata (title, subtitle with the newest source's date, marking, page words); the sections, in order:
 * scenario (only for a scenario), bottom line and key judgments, background, dependencies, risks, contingencies
 * and standing conditions (only when there are any), what the
 * judgments hinge on and competing hypotheses (each only when analysed); then the annexes: the risks in full, the
 * evidence the brief cites, the method. The dependencies' basis and the hypotheses matrix go to sheets of the
 * evidence workbook.
 * Pure: the same input gives an equal Brief; the date comes from the sources (or SOURCE_DATE_EPOCH), never the
 * clock.
 */
public final class BriefBuilder {

    private static final int DOCUMENT_ID_HEX_CHARS = 32;

    private BriefBuilder() {
    }

    public static Brief build(BriefInput input, Language language, Templates templates) {
        return build(input, language, templates, System::getenv);
    }

    /** As {@link #build(BriefInput, Language, Templates)}, with the environment given (for tests). */
    static Brief build(BriefInput input, Language language, Templates templates, Function<String, String> env) {
        BriefContext ctx = BriefContext.of(input, templates.wording(language));
        String documentId = documentId(input, language);
        List<Section> sections = new ArrayList<>();
        TitleSection.scenario(ctx).ifPresent(s -> sections.add(s.in(Part.FRONT)));
        sections.add(JudgmentsSection.build(ctx));
        SinceSection.build(ctx).ifPresent(sections::add);
        FrontSections.signposts(ctx).ifPresent(sections::add);
        sections.add(FrontSections.sources(ctx));
        sections.addAll(List.of(BackgroundSection.build(ctx),
                DependenciesSection.build(ctx, ctx.sheetName(DependenciesSection.SHEET)),
                RisksSection.build(ctx, ctx.annexTitle(Anchors.RISK_ANNEX))));
        ContingenciesSection.build(ctx).ifPresent(sections::add);
        HingeSection.build(ctx).ifPresent(sections::add);
        HypothesesSection.build(ctx).ifPresent(sections::add);
        RisksSection.annex(ctx, ctx.annexHeading(Anchors.RISK_ANNEX, "heading.annex-risks"))
                .ifPresent(sections::add);
        sections.add(EvidenceSection.build(ctx, ctx.annexHeading(Anchors.SOURCES, "heading.sources"),
                Citations.targets(sections)));
        sections.add(MethodSection.build(ctx, ctx.annexHeading(Anchors.METHOD, "heading.method")));
        List<Section> named = ShortNames.apply(sections, ctx.facts().values(), ctx.wording());
        List<Sheet> sheets = new ArrayList<>();
        DependenciesSection.sheet(ctx).ifPresent(sheets::add);
        HypothesesSection.sheet(ctx).ifPresent(sheets::add);
        return new Brief(metadata(ctx, documentId, timestamp(input, env.apply("SOURCE_DATE_EPOCH"))), named,
                EvidenceSection.book(ctx), sheets);
    }

    private static Metadata metadata(BriefContext ctx, String documentId, Instant timestamp) {
        Wording w = ctx.wording();
        String subtitle = TitleSection.subtitle(ctx);
        List<String> keywords = DependencyFigure.weights(ctx.input().findings().dependencies()).entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(8).map(e -> ctx.names().shortOf(e.getKey())).toList();
        return new Metadata(w.language(), TitleSection.title(ctx), subtitle, w.label("marking"),
                w.label("author"), subtitle, keywords, timestamp, documentId, w.pageWords(), provenance(ctx.input()));
    }

    /** What reproduces the brief, for the files' properties: the version and the checksums of its inputs. */
    static java.util.Map<String, String> provenance(BriefInput in) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("MizanVersion", in.mizanVersion());
        p.put("FactsSHA256", in.factsDigest());
        p.put("RulesSHA256", in.rulesDigest());
        p.put("TemplatesSHA256", in.templatesDigest());
        return p;
    }

    /** SOURCE_DATE_EPOCH (seconds) if set, as reproducible builds expect; else the newest source's date. */
    static Instant timestamp(BriefInput input, String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return input.dossier().cutOff().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        } catch (NumberFormatException e) {
            throw new InputException(Problem.at("SOURCE_DATE_EPOCH", 0, 0, "must be whole seconds since"
                    + " 1970-01-01 UTC, not \"" + sourceDateEpoch + "\": fix or unset the variable"));
        }
    }

    /** A hash of what the brief is made from and its language: equal inputs, equal ids. */
    static String documentId(BriefInput input, Language language) {
        String basis = String.join("\n", input.factsDigest(), input.rulesDigest(), input.templatesDigest(),
                language.code(), input.scenario() == null ? "" : input.scenario().title().en());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, DOCUMENT_ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

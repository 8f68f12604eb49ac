package org.mizan.brief;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Actor;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Claim;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Event;
import org.mizan.dossier.EventKind;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Support;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.Text;
import org.mizan.inference.Confidence;
import org.mizan.inference.Dependency;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Findings;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.Strength;

/**
 * A small dossier in the article's ids, and findings over it that exercise chains (a risk resting on a risk
 * resting on dependencies), grouped graph edges and an uncited fact the evidence appendix must leave out.
 */
final class SampleInput {

    static final String SOURCE = "northpress-2025-11-10";

    private SampleInput() {
    }

    static Path templatesDir() {
        return Path.of(System.getProperty("mizan.project.dir", ".")).resolve("templates");
    }

    static BriefInput input() {
        return input(findings(), null);
    }

    static BriefInput input(Findings findings, ScenarioNote scenario) {
        return new BriefInput(dossier(), findings, "f".repeat(64), "a".repeat(64), "b".repeat(64), "0.1.0",
                scenario);
    }

    static Dossier dossier() {
        List<Fact> facts = new ArrayList<>(List.of(
                actor("coalition", "International coalition", "التحالف الدولي", ActorKind.MILITARY_COALITION),
                actor("sdf", "Syrian Democratic Forces", "قوات سوريا الديمقراطية", ActorKind.ARMED_FORCE),
                actor("government", "Transitional government", "الحكومة الانتقالية", ActorKind.GOVERNMENT),
                new Event("event-coalition-formed", "2014-09", text("Coalition formed", "تأسيس التحالف الدولي"),
                        EventKind.ALLIANCE_FORMED, List.of("coalition"), evidence(5, "في سبتمبر 2014، تم الإعلان رسمياً", 2,
                        Attribution.OFFICIALLY_ANNOUNCED)),
                new Event("event-raqqa", "2017", text("Raqqa liberated", "تحرير الرقة"), EventKind.BATTLE,
                        List.of("sdf"), evidence(9, "تحرير الرقة عام 2017", 2, Attribution.PRESS_REPORT)),
                new Support("support-funding", "coalition", "sdf", SupportType.FUNDING,
                        text("Annual funding for salaries", "تمويل سنوي للرواتب"),
                        evidence(14, "تمويل سنوي بمئات الملايين من الدولارات", 3, Attribution.PRESS_REPORT)),
                new Support("support-arms", "coalition", "sdf", SupportType.ARMS_AND_TRAINING,
                        text("Training and arms", "التدريب والتسليح"),
                        evidence(13, "التدريب والتسليح", 3, Attribution.PRESS_REPORT)),
                new Claim("claim-denial", "base-damascus", ClaimKind.OFFICIAL_DENIAL, "foreign-ministry",
                        text("The ministry denies a base near Damascus", "الخارجية تنفي وجود قاعدة قرب دمشق"),
                        evidence(30, "نفت وزارة الخارجية", 2, Attribution.OFFICIALLY_DENIED)),
                new Claim("claim-uncited", "isis", ClaimKind.ASSESSMENT, null,
                        text("An assessment no finding uses", "تقدير لا تستند إليه أي نتيجة"),
                        evidence(40, "تقدير غير مستخدم", 4, Attribution.ANALYST_INFERENCE))));
        Source source = new Source(SOURCE, text("North Press", "نورث برس"),
                text("The coalition in Syria", "التحالف الدولي في سوريا"), LocalDate.of(2025, 11, 10),
                text("Newsroom", "غرفة الأخبار"), Language.AR, Reliability.C);
        return new Dossier("coalition-syria", text("The US-led coalition in Syria", "التحالف بقيادة أمريكا في سوريا"),
                List.of(source), facts, Map.of(), "f".repeat(64));
    }

    static Findings findings() {
        return new Findings(List.of(
                dependency("dep-sdf-coalition-financial", "sdf", "coalition", DependencyKind.FINANCIAL,
                        Strength.STRONG, "support-funding"),
                dependency("dep-sdf-coalition-military", "sdf", "coalition", DependencyKind.MILITARY_CAPABILITY,
                        Strength.CRITICAL, "support-arms"),
                dependency("dep-government-coalition-legitimacy", "government", "coalition",
                        DependencyKind.LEGITIMACY, Strength.MODERATE, "event-coalition-formed")),
                List.of(
                        risk("risk-single-patron", "SDF relies on one patron", "قسد تعتمد على راعٍ واحد",
                                Likelihood.VERY_LIKELY, Impact.MAJOR, Rating.CRITICAL, Confidence.MODERATE,
                                "Single-patron concentration",
                                List.of("dep-sdf-coalition-military", "dep-sdf-coalition-financial")),
                        risk("risk-drawdown", "A drawdown strains SDF salaries", "الانسحاب يضغط على رواتب قسد",
                                Likelihood.LIKELY, Impact.SEVERE, Rating.HIGH, Confidence.LOW,
                                "Drawdown strains salaries", List.of("risk-single-patron", "support-funding")),
                        risk("risk-credibility", "Denial strains credibility", "النفي يضعف المصداقية",
                                Likelihood.UNLIKELY, Impact.MODERATE, Rating.MEDIUM, Confidence.LOW,
                                "Denial against field indicators", List.of("claim-denial"))));
    }

    static Dependency dependency(String id, String dependent, String provider, DependencyKind kind,
                                 Strength strength, String... because) {
        return new Dependency(id, dependent, provider, kind, strength, "Dependency on support", List.of(because));
    }

    static RiskJudgment risk(String id, String en, String ar, Likelihood likelihood, Impact impact, Rating rating,
                             Confidence confidence, String rule, List<String> because) {
        return new RiskJudgment(id, "risk", text(en, ar), text(en + " if nothing changes.", ar + " ما لم يتغير شيء."),
                "security", likelihood, impact, rating, confidence,
                List.of(text("One press source", "مصدر صحفي واحد")),
                List.of(text("Salary delays.", "تأخر الرواتب."), text("Convoy cuts", "تقليص القوافل")),
                List.of(text("The coalition stays funded", "استمرار تمويل التحالف")), rule, because);
    }

    static Text text(String en, String ar) {
        return new Text(en, ar);
    }

    private static Actor actor(String id, String en, String ar, ActorKind kind) {
        return new Actor(id, text(en, ar), kind, null, null, evidence(3, "التحالف", 2, Attribution.PRESS_REPORT));
    }

    private static Evidence evidence(int paragraph, String excerpt, int credibility, Attribution attribution) {
        return new Evidence(SOURCE, paragraph, excerpt, credibility, attribution);
    }
}

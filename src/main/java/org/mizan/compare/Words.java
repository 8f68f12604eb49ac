package org.mizan.compare;

import java.util.Locale;
import java.util.Map;

import org.mizan.dossier.Text;
import org.mizan.inference.Confidence;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Impact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.Rating;
import org.mizan.inference.Strength;

/** Grades as a reader says them, in both languages: "likely", "مرجّح". */
public final class Words {

    private static final Map<Enum<?>, String> ARABIC = Map.ofEntries(
            Map.entry(Rating.LOW, "منخفض"), Map.entry(Rating.MEDIUM, "متوسط"), Map.entry(Rating.HIGH, "مرتفع"),
            Map.entry(Rating.CRITICAL, "حرج"),
            Map.entry(Likelihood.ALMOST_NO_CHANCE, "شبه مستبعد"), Map.entry(Likelihood.VERY_UNLIKELY, "مستبعد جداً"),
            Map.entry(Likelihood.UNLIKELY, "مستبعد"), Map.entry(Likelihood.ROUGHLY_EVEN_CHANCE, "احتمال متكافئ تقريباً"),
            Map.entry(Likelihood.LIKELY, "مرجّح"), Map.entry(Likelihood.VERY_LIKELY, "مرجّح جداً"),
            Map.entry(Likelihood.ALMOST_CERTAIN, "شبه مؤكد"),
            Map.entry(Impact.MINOR, "طفيف"), Map.entry(Impact.MODERATE, "معتدل"), Map.entry(Impact.SIGNIFICANT, "ملموس"),
            Map.entry(Impact.MAJOR, "كبير"), Map.entry(Impact.SEVERE, "بالغ"),
            Map.entry(Confidence.LOW, "ثقة منخفضة"), Map.entry(Confidence.MODERATE, "ثقة متوسطة"),
            Map.entry(Confidence.HIGH, "ثقة عالية"),
            Map.entry(Strength.WEAK, "ضعيف"), Map.entry(Strength.MODERATE, "متوسط"), Map.entry(Strength.STRONG, "قوي"),
            Map.entry(Strength.CRITICAL, "حرج"),
            Map.entry(DependencyKind.FINANCIAL, "مالي"), Map.entry(DependencyKind.MILITARY_CAPABILITY, "قدرة عسكرية"),
            Map.entry(DependencyKind.INTELLIGENCE_SURVEILLANCE, "استخبارات ومراقبة"),
            Map.entry(DependencyKind.REVENUE_SECURITY, "أمن الإيرادات"),
            Map.entry(DependencyKind.SANCTIONS_RELIEF, "تخفيف العقوبات"), Map.entry(DependencyKind.LEGITIMACY, "شرعية"),
            Map.entry(DependencyKind.GROUND_PARTNER, "شريك ميداني"), Map.entry(DependencyKind.LEGAL_COVER, "غطاء قانوني"),
            Map.entry(DependencyKind.LOGISTICS, "إمداد لوجستي"), Map.entry(DependencyKind.MEDIATION, "وساطة"),
            Map.entry(DependencyKind.PROTECTION, "حماية"), Map.entry(DependencyKind.AID, "مساعدات"));

    private static final Map<String, String> ASPECTS = Map.of("rating", "التصنيف", "likelihood", "الاحتمال",
            "impact", "الأثر", "confidence", "الثقة", "strength", "القوة");

    private Words() {
    }

    public static String en(Enum<?> value) {
        if (value == null) {
            return "none";
        }
        return value instanceof Likelihood l ? l.term() : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static String ar(Enum<?> value) {
        if (value == null) {
            return "لا يوجد";
        }
        return ARABIC.getOrDefault(value, en(value));
    }

    public static Text of(Enum<?> value) {
        return new Text(en(value), ar(value));
    }

    public static String aspectAr(String aspect) {
        return ASPECTS.getOrDefault(aspect, aspect);
    }
}

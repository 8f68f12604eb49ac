package org.mizan.compare;

import org.mizan.dossier.Text;

/**
 * One thing that made a finding appear, disappear or change: a fact or a rule, and what happened to it. The Arabic
 * is a noun phrase ("حذف الواقعة …") so that a line can say "بسبب" before any number of reasons.
 */
public record Reason(Kind kind, String subject, String detail) {

    public enum Kind {
        FACT_REMOVED, FACT_ADDED, FACT_CHANGED, FACT_SUPERSEDED, FACT_NO_LONGER_USED, FACT_NEWLY_USED,
        RULE_SWITCHED_OFF, RULE_JUDGES_DIFFERENTLY
    }

    public Text text() {
        return switch (kind) {
            case FACT_REMOVED -> new Text("fact " + subject + " was removed", "حذف الواقعة " + subject);
            case FACT_ADDED -> new Text("fact " + subject + " was added", "إضافة الواقعة " + subject);
            case FACT_CHANGED -> new Text("fact " + detail, "تعديل الواقعة " + detail);
            case FACT_SUPERSEDED -> new Text("fact " + subject + " was overtaken by " + detail,
                    "تجاوز الواقعة " + subject + " بالواقعة " + detail);
            case FACT_NO_LONGER_USED -> new Text("fact " + subject + " no longer supports it",
                    "خروج الواقعة " + subject + " من سنده");
            case FACT_NEWLY_USED -> new Text("fact " + subject + " now supports it",
                    "استناده إلى الواقعة " + subject);
            case RULE_SWITCHED_OFF -> new Text("rule \"" + subject + "\" was switched off",
                    "إيقاف القاعدة \"" + subject + "\"");
            case RULE_JUDGES_DIFFERENTLY -> new Text("rule \"" + subject + "\" judged differently after: " + detail,
                    "اختلاف حكم القاعدة \"" + subject + "\" بعد: " + detail);
        };
    }
}

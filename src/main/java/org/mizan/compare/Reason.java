package org.mizan.compare;

import org.mizan.dossier.Text;

/** One thing that made a finding appear, disappear or change: a fact or a rule, and what happened to it. */
public record Reason(Kind kind, String subject, String detail) {

    public enum Kind {
        FACT_REMOVED, FACT_ADDED, FACT_CHANGED, FACT_NO_LONGER_USED, FACT_NEWLY_USED, RULE_SWITCHED_OFF,
        RULE_JUDGES_DIFFERENTLY
    }

    public Text text() {
        return switch (kind) {
            case FACT_REMOVED -> new Text("fact " + subject + " was removed", "حُذفت الواقعة " + subject);
            case FACT_ADDED -> new Text("fact " + subject + " was added", "أُضيفت الواقعة " + subject);
            case FACT_CHANGED -> new Text("fact " + detail, "تغيّرت الواقعة " + detail);
            case FACT_NO_LONGER_USED -> new Text("fact " + subject + " no longer supports it",
                    "لم تعد الواقعة " + subject + " تسنده");
            case FACT_NEWLY_USED -> new Text("fact " + subject + " now supports it", "باتت الواقعة " + subject + " تسنده");
            case RULE_SWITCHED_OFF -> new Text("rule \"" + subject + "\" was switched off",
                    "أُوقفت القاعدة \"" + subject + "\"");
            case RULE_JUDGES_DIFFERENTLY -> new Text("rule \"" + subject + "\" judged differently after: " + detail,
                    "حكمت القاعدة \"" + subject + "\" على نحو مختلف بعد: " + detail);
        };
    }
}

package org.mizan.brief;

import java.util.List;

/**
 * A countable noun in the forms counting needs. English: singular and plural. Arabic: singular, dual, plural, the
 * accusative singular that follows 11–99 (tamyiz, «خطرًا») and the noun's gender, which sets the numeral's gender
 * for 1, 2 and 11–12 and the opposite gender for 3–10. Written in labels.json as {@code "خطر|خطران|مخاطر|خطرًا|m"}.
 */
record Noun(String singular, String dual, String plural, String accusative, boolean feminine) {

    /** Parses the labels.json form: "risk|risks" (English) or five fields "sg|dual|pl|acc|m or f" (Arabic). */
    static Noun parse(String spec) {
        List<String> f = List.of(spec.split("\\|", -1));
        if (f.size() == 2) {
            return new Noun(f.get(0).strip(), f.get(1).strip(), f.get(1).strip(), f.get(0).strip(), false);
        }
        if (f.size() == 5 && (f.get(4).strip().equals("m") || f.get(4).strip().equals("f"))) {
            return new Noun(f.get(0).strip(), f.get(1).strip(), f.get(2).strip(), f.get(3).strip(),
                    f.get(4).strip().equals("f"));
        }
        throw new IllegalArgumentException("a noun is \"singular|plural\" or \"singular|dual|plural|accusative|m\""
                + " (or f), not \"" + spec + "\"");
    }

    static boolean valid(String spec) {
        try {
            parse(spec);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

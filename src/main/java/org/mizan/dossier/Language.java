package org.mizan.dossier;

/** The two languages a brief is written in; Arabic is set right to left. */
public enum Language {
    EN("en", false),
    AR("ar", true);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public static Language ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\" (allowed: en, ar)");
    }
}

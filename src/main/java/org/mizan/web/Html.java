package org.mizan.web;

/**
 * Escaping for text and attribute values: everything from files or requests goes through here. Attributes are
 * always written in double quotes, so an apostrophe needs no escape and is left as it is: a rule name such as
 * "its patron's air cover" then reads the same in the page's source as in the rule file, for any tool that
 * takes the form's values from it.
 */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A user-supplied value cut short for an error message, so a huge bad id cannot bloat the reply. */
    static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}

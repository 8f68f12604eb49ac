package org.mizan.compare;

/** An explanation tree as indented plain text: one line per node, the excerpt on the line below a fact. */
final class ExplanationText {

    private static final String INDENT = "  ";

    private ExplanationText() {
    }

    static String render(ExplanationNode root) {
        StringBuilder s = new StringBuilder();
        render(root, 0, s);
        return s.toString();
    }

    private static void render(ExplanationNode node, int depth, StringBuilder s) {
        String pad = INDENT.repeat(depth);
        s.append(pad).append(node.id()).append("  ").append(node.label());
        if (node.grade() != null) {
            s.append(" — ").append(node.grade());
        }
        if (node.rule() != null) {
            s.append("  [rule \"").append(node.rule()).append("\"]");
        }
        if (node.origin() != null) {
            s.append("  (").append(node.origin()).append(')');
        }
        s.append('\n');
        if (node.citation() != null) {
            var c = node.citation();
            s.append(pad).append(INDENT).append("«").append(c.excerpt()).append("» — ").append(c.source())
                    .append(c.paragraph() > 0 ? " ¶" + c.paragraph() : "").append(", ")
                    .append(c.attribution() == null ? "unattributed" : c.attribution().replace('_', ' '))
                    .append(", credibility ").append(c.credibility()).append('\n');
        }
        node.children().forEach(child -> render(child, depth + 1, s));
    }
}

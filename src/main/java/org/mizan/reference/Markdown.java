package org.mizan.reference;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/** The few Markdown shapes the reference is made of. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String words) {
        text.append(words).append("\n\n");
        return this;
    }

    Markdown table(List<String> header, List<List<String>> rows) {
        text.append(row(header)).append(row(header.stream().map(h -> "---").toList()));
        rows.forEach(r -> text.append(row(r)));
        text.append('\n');
        return this;
    }

    Markdown bullets(List<String> items) {
        items.forEach(i -> text.append("- ").append(i).append('\n'));
        text.append('\n');
        return this;
    }

    Markdown numbered(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        text.append('\n');
        return this;
    }

    Markdown code(String language, String code) {
        text.append("```").append(language).append('\n').append(code.strip()).append("\n```\n\n");
        return this;
    }

    /** A record's fields as a table of name and type. */
    Markdown fields(Class<?> record) {
        List<List<String>> rows = java.util.Arrays.stream(record.getRecordComponents())
                .map(c -> List.of("`" + c.getName() + "`", "`" + typeName(c) + "`")).toList();
        return table(List.of("field", "type"), rows);
    }

    private static String typeName(RecordComponent c) {
        return simple(c.getGenericType());
    }

    /** {@code java.util.List<org.mizan.dossier.Evidence>} as {@code List<Evidence>}. */
    static String simple(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][\\w]*\\.", "");
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    @Override
    public String toString() {
        return text.toString().stripTrailing() + "\n";
    }
}

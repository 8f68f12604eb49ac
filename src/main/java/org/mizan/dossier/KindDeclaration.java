package org.mizan.dossier;

/**
 * A narrower kind a dossier declares under {@code "kinds"}: {@code term} lies beneath {@code broader} (a shipped
 * kind of {@code scheme}, or another declared one), and {@code label} words it in the brief.
 * E.g. {@code {"scheme": "support_type", "term": "oilfield_protection", "broader": "protection", "label": {...}}}.
 */
public record KindDeclaration(String scheme, String term, String broader, Text label) {
}

package org.mizan.dossier;

import java.util.Map;
import java.util.TreeMap;

/**
 * The analyst's voice where a judgment is needed that the rules cannot make, all optional in the dossier header:
 * {@code reader}, whom the brief is for ("officials engaging Damascus and the SDF"); {@code thesis}, the bottom line
 * in the analyst's words, whose computed values are placeholders the brief fills in from the findings
 * ({@code {integration-friction.likelihood}}, {@code .horizon}, {@code .confidence}: a risk type, then the value);
 * and {@code soWhat}, by risk type, what a key judgment means for that reader. Without them the brief writes its
 * own bottom line and takes each consequence from the labels.
 */
public record Voice(Text reader, Text thesis, Map<String, Text> soWhat) {

    public static final Voice NONE = new Voice(null, null, Map.of());

    public Voice {
        soWhat = soWhat == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(soWhat));
    }
}

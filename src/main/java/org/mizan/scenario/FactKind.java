package org.mizan.scenario;

import java.util.Arrays;
import java.util.List;

import org.mizan.dossier.Fact;
import org.mizan.dossier.FactType;

/** Names of fact types as scenario messages use them, taken from the dossier's {@link FactType}. */
final class FactKind {

    private FactKind() {
    }

    static List<String> keys() {
        return Arrays.stream(FactType.values()).map(FactType::key).toList();
    }

    /** How messages name one such fact ("base", "sanctions measure"). */
    static String nameOf(Fact fact) {
        return FactType.of(fact).label();
    }
}

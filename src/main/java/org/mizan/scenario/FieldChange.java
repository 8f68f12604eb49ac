package org.mizan.scenario;

import org.mizan.dossier.Fact;

/** One field of one fact set to a new value; {@code value} already has the field's Java type. */
public record FieldChange(String factId, String field, Object value) {

    public Fact applyTo(Fact fact) {
        if (!fact.id().equals(factId)) {
            throw new IllegalArgumentException("change for " + factId + " applied to " + fact.id());
        }
        return (Fact) RecordFields.with((Record) fact, field, value);
    }
}

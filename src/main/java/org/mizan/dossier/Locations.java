package org.mizan.dossier;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.mizan.problem.SourceLocation;

/**
 * The elements that records were read from, by record identity: two facts with the same id (a duplicate) are equal
 * records but stand in different places, and each must be reported where it is.
 */
public final class Locations implements Locator {

    private final Map<Object, Element> elements = new IdentityHashMap<>();

    public void put(Object record, Element element) {
        elements.put(record, element);
    }

    public void putAll(Locations other) {
        elements.putAll(other.elements);
    }

    /** Where {@code record} starts, if it was read by a {@link FactReader}. */
    public Optional<SourceLocation> start(Object record) {
        return Optional.ofNullable(elements.get(record)).map(Element::start);
    }

    @Override
    public Optional<SourceLocation> locate(Object record, String pointer) {
        return Optional.ofNullable(elements.get(record)).map(e -> e.at(pointer));
    }
}

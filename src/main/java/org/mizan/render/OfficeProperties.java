package org.mizan.render;

import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.mizan.brief.Metadata;

/**
 * The properties every Office file Mizan writes carries (the Word brief and the evidence workbook): title, author,
 * description, identifier and application, and as custom properties what reproduces the brief (the Mizan
 * version, the checksums of its inputs). Both dates are the brief's timestamp, taken from its inputs, never the
 * clock: same brief, same bytes.
 */
public final class OfficeProperties {

    private OfficeProperties() {
    }

    /** Writes the common properties and returns the core ones, for a format to add its own. */
    public static POIXMLProperties.CoreProperties write(POIXMLProperties properties, Metadata meta) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.author());
        core.setLastModifiedByUser(meta.author());
        core.setDescription(meta.subtitle());
        if (meta.documentId() != null) {
            core.setIdentifier(meta.documentId());
        }
        Optional<Date> when = Optional.ofNullable(meta.timestamp()).map(Date::from);
        core.setCreated(when);
        core.setModified(when);
        properties.getExtendedProperties().getUnderlyingProperties().setApplication("Mizan");
        meta.provenance().forEach((key, value) -> properties.getCustomProperties().addProperty(key, value));
        return core;
    }
}

package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Metadata;
import org.mizan.render.SampleBriefs;

/** The file's properties, and the promise that the same brief gives the same bytes. */
class DocxPropertiesTest {

    @Test
    void corePropertiesComeFromTheBriefsMetadata() {
        Metadata meta = SampleBriefs.arabic().metadata();
        POIXMLProperties.CoreProperties core = Rendered.reopen(SampleBriefs.arabic()).getProperties()
                .getCoreProperties();
        assertEquals(meta.title(), core.getTitle());
        assertEquals(meta.subject(), core.getSubject());
        assertEquals(meta.author(), core.getCreator());
        assertEquals("Syria, SDF", core.getKeywords());
        assertEquals(meta.documentId(), core.getIdentifier());
        assertEquals(Date.from(meta.timestamp()), core.getCreated());
        assertEquals(Date.from(meta.timestamp()), core.getModified());
    }

    @Test
    void theSameBriefGivesTheSameBytes() {
        assertArrayEquals(Rendered.bytes(SampleBriefs.english()), Rendered.bytes(SampleBriefs.english()));
        assertArrayEquals(Rendered.bytes(SampleBriefs.arabic()), Rendered.bytes(SampleBriefs.arabic()));
    }

    @Test
    void zipEntriesCarryNoClockTime() throws IOException {
        long year1981 = Instant.parse("1981-01-01T00:00:00Z").toEpochMilli();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Rendered.bytes(SampleBriefs.english())))) {
            int entries = 0;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry(), entries++) {
                assertTrue(e.getTime() < year1981, e.getName() + " at " + Instant.ofEpochMilli(e.getTime()));
            }
            assertTrue(entries > 5);
        }
    }

    @Test
    void aDifferentTimestampGivesDifferentBytesSoDatesAreNotFrozenByAccident() {
        Brief brief = SampleBriefs.english();
        Metadata m = brief.metadata();
        Brief later = new Brief(new Metadata(m.language(), m.title(), m.subtitle(), m.marking(), m.author(),
                m.subject(), m.keywords(), Instant.parse("2026-01-01T00:00:00Z"), m.documentId()), brief.sections());
        assertFalse(Arrays.equals(Rendered.bytes(brief), Rendered.bytes(later)));
        assertEquals(Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                Rendered.reopen(later).getProperties().getCoreProperties().getCreated());
    }
}

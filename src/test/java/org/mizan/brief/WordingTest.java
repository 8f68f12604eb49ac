package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.mizan.dossier.Language;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Rating;

/** Numbers and dates as each language's readers expect them. */
class WordingTest {

    private final Templates templates = Templates.load(SampleInput.templatesDir());
    private final Wording en = templates.wording(Language.EN);
    private final Wording ar = templates.wording(Language.AR);

    @Test
    void arabic_numbers_use_arabic_indic_digits_and_english_western_ones() {
        assertEquals("٢٠٢٥", ar.number(2025));
        assertEquals("2025", en.number(2025));
    }

    @Test
    void prose_from_the_dossier_and_rules_takes_the_language_digits() {
        assertEquals("غارات (٢٠٢٤-٢٠٢٥)", ar.prose("غارات (2024-2025)"));
        assertEquals("raids (2024-2025)", en.prose("raids (2024-2025)"));
    }

    @Test
    void dates_are_day_month_year_with_the_month_named() {
        assertEquals("١٠ نوفمبر ٢٠٢٥", ar.date(LocalDate.of(2025, 11, 10)));
        assertEquals("10 November 2025", en.date(LocalDate.of(2025, 11, 10)));
    }

    @Test
    void partial_dates_keep_the_precision_of_the_source() {
        assertEquals("٢٠١٧", ar.partialDate("2017"));
        assertEquals("سبتمبر ٢٠١٤", ar.partialDate("2014-09"));
        assertEquals("September 2014", en.partialDate("2014-09"));
        assertEquals("1 January 2015", en.partialDate("2015-01-01"));
        assertEquals("late 2014", en.partialDate("late 2014"), "what cannot be read is shown as written");
    }

    @Test
    void enum_words_come_from_the_labels() {
        assertEquals("intelligence and surveillance", en.word(DependencyKind.INTELLIGENCE_SURVEILLANCE));
        assertEquals("حرج", ar.word(Rating.CRITICAL));
    }

    @Test
    void rule_names_are_printed_in_english_and_in_arabic_only_when_translated() {
        assertEquals("Single-patron concentration", en.ruleName("Single-patron concentration").orElseThrow());
        assertEquals("تركّز الاعتماد على راعٍ واحد", ar.ruleName("Single-patron concentration").orElseThrow());
        assertEquals(java.util.Optional.empty(), ar.ruleName("No such rule"));
    }
}

package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text wrapped to a width with the real font")
class TextBlockTest {

    @Test
    void breaksAtSpacesWithinTheWidthAndKeepsEveryWord() {
        String text = "financial, military capability, intelligence";
        TextBlock b = TextBlock.wrap(text, 7.5, false, 90);
        assertTrue(b.lines().size() >= 2);
        assertEquals(text, String.join(" ", b.lines()));
        b.lines().forEach(l -> assertTrue(TextMetrics.width(l, 7.5, false) <= 90, l));
    }

    @Test
    void wrapsArabicByWordsToo() {
        String text = "مالي، قدرات عسكرية، استخبارات";
        TextBlock b = TextBlock.wrap(text, 7.5, false, 50);
        assertTrue(b.lines().size() >= 2);
        assertEquals(text, String.join(" ", b.lines()));
    }

    @Test
    void aWordWiderThanTheLimitIsNeverCutButWidensTheBlock() {
        TextBlock b = TextBlock.wrap("Transitional government", 9, false, 20);
        assertEquals(List.of("Transitional", "government"), b.lines());
        assertTrue(b.width() > 20);
    }

    @Test
    void fittingShrinksTheTypeUntilTheLongestWordFitsButNotBelowTheMinimum() {
        double natural = TextMetrics.width("significant", 9, false);
        TextBlock fitted = TextBlock.fit("significant", 9, 7, false, natural - 5);
        assertTrue(fitted.size() < 9 && fitted.size() >= 7);
        assertTrue(fitted.width() <= natural - 5);
        assertEquals(7, TextBlock.fit("significant", 9, 7, false, 5).size());
    }

    @Test
    void arabicIsMeasuredShapedSoAJoinedWordIsNarrowerThanItsIsolatedLetters() {
        String word = "الحكومة";
        double isolated = word.chars().mapToDouble(c -> TextMetrics.width(Character.toString(c), 10, false)).sum();
        assertTrue(TextMetrics.width(word, 10, false) < isolated);
    }
}

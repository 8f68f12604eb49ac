package org.mizan.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO dates as precise as the source is: {@code 2014}, {@code 2014-09} or {@code 2014-09-10}. */
public final class PartialDates {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private PartialDates() {
    }

    public static boolean isValid(String text) {
        Matcher m = text == null ? null : SHAPE.matcher(text);
        if (m == null || !m.matches()) {
            return false;
        }
        try {
            if (m.group(3) != null) {
                LocalDate.parse(text);
            } else if (m.group(2) != null) {
                YearMonth.parse(text);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

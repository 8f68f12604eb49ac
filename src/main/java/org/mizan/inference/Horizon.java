package org.mizan.inference;

import java.time.LocalDate;

/**
 * By when a risk's event may happen: {@code months} after the information cut-off (the newest source's date),
 * that is by {@code by}. Every risk has one; vulnerabilities and contingencies do not.
 */
public record Horizon(int months, LocalDate cutOff, LocalDate by) {

    public static Horizon after(LocalDate cutOff, int months) {
        return new Horizon(months, cutOff, cutOff.plusMonths(months));
    }
}

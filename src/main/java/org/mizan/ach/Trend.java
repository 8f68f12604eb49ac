package org.mizan.ach;

/**
 * Where a hypothesis says the situation is heading; the ACH rules (rules/ach.drl) rate evidence by it, so an
 * analyst's own variant of a trend is rated without new rules. {@code OTHER}: only rules that name the
 * hypothesis's id rate it. JSON: lower snake case.
 */
public enum Trend {
    PRESENCE_DEEPENS,
    DRAWDOWN,
    PARTNERSHIP_BREAKS_DOWN,
    OTHER
}

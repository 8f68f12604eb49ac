package org.mizan.inference;

/** Overall rating of a risk, from likelihood and impact (an analyst-editable decision table). */
public enum Rating {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}

package org.mizan.inference;

/** Analytic confidence, stated apart from likelihood (ICD 203). */
public enum Confidence {
    LOW,
    MODERATE,
    HIGH
}

package org.mizan.dossier;

/** Kinds of plan. JSON: lower snake case. */
public enum PlanKind {
    JOINT_OPERATIONS, TRUCE_OVERSIGHT, RECONSTRUCTION, FRAMING, DRAWDOWN
}

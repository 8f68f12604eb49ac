package org.mizan.dossier;

/** What a base is for, as the article describes it. JSON: lower snake case. */
public enum BaseRole {
    COMMAND_AND_AIR_OPERATIONS, TRAINING_AND_SURVEILLANCE, FORWARD_JOINT_OPERATIONS, LOGISTICS, INTELLIGENCE_AND_SECURITY, SOUTHERN_MONITORING
}

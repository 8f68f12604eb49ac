package org.mizan.hinge;

/**
 * One finding that moved when something was taken away. {@code id} is the finding's id in the run where it stands
 * (the full run for lost and regraded findings, the reduced run for gained ones); {@code risk} tells a risk from
 * a dependency.
 */
public record FindingChange(String id, boolean risk, ChangeKind kind) {
}

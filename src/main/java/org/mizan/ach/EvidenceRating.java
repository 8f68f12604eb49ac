package org.mizan.ach;

/** A rule's rating of one fact (an item of evidence) against one hypothesis, with the rule's name as its reason. */
public record EvidenceRating(String hypothesis, String fact, Consistency consistency, String rule) {
}

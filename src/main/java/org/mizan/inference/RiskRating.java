package org.mizan.inference;

/** What the rating decision table (rules/rating.drl.csv) says of one risk. */
public record RiskRating(String riskId, Rating rating) {
}

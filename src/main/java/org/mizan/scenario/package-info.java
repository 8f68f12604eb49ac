/**
 * Hypothesis testing: "what if" scenarios over the dossier, and the analyst's expectations of them.
 *
 * <p>Entry points: {@link org.mizan.scenario.ScenarioLoader#load} reads {@code facts/scenarios/NAME.json} against
 * the baseline dossier and the rule names, throwing one {@link org.mizan.problem.InputException} with every
 * problem; {@link org.mizan.scenario.Scenario#apply} gives the changed dossier (the baseline is untouched);
 * {@link org.mizan.scenario.Expectations#evaluate} checks the scenario's {@code expect} list against its findings;
 * {@link org.mizan.scenario.ScenarioSummary#lines} says in both languages what the scenario changed.
 */
package org.mizan.scenario;

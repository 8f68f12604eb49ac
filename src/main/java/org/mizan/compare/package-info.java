/**
 * What changed between two runs, and why a finding stands.
 *
 * <p>Entry points: {@link org.mizan.compare.FindingsDiff#between} compares two runs (findings and the dossiers they
 * came from), matching findings by {@link org.mizan.compare.FindingKey} rather than id; its {@code text()} is for
 * the terminal, {@code lines(dossier)} for a brief, {@code summary()} for the one line {@code watch} prints.
 * {@link org.mizan.compare.Explanation#of} is the chain behind a finding down to the cited excerpts, and
 * {@link org.mizan.compare.Explanation#restingOn} everything that rests on a fact; both are
 * {@link org.mizan.compare.ExplanationNode} trees, written as text by {@link org.mizan.compare.Explanation#text}
 * or as JSON by Jackson.
 */
package org.mizan.compare;

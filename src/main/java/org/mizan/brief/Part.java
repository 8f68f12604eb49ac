package org.mizan.brief;

/**
 * Where a chapter belongs in a policy brief: the front end (title, bottom line, key judgments, signposts, sources:
 * two pages at most), the body (about six pages), or the annexes (full tables, evidence, method). Each renderer
 * starts a new page where the part changes, so the front end reads alone and the annexes stay out of the body.
 */
public enum Part {
    FRONT,
    BODY,
    ANNEX
}

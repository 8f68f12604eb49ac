package org.mizan.pipeline;

/** SHA-256 checksums of the three kinds of input, so any output can be traced to exactly what produced it. */
public record InputDigests(String facts, String rules, String templates) {
}

package org.mizan.pipeline;

/** One finished output, held in memory until every output of a run is ready. */
public record Artifact(String fileName, byte[] bytes) {
}

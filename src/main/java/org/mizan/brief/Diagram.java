package org.mizan.brief;

/** The data behind a figure. */
public sealed interface Diagram permits DependencyGraph, RiskMatrix, PlaceMap {
}

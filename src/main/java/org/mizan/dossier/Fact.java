package org.mizan.dossier;

/** Anything the dossier asserts: it has a stable id and cites its evidence. Facts are immutable records. */
public interface Fact {

    String id();

    Evidence evidence();
}

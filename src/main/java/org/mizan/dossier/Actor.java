package org.mizan.dossier;

/**
 * A state, coalition, armed force, government body or group. {@code partOf} names the actor it belongs to, if any.
 * {@code shortName} is how analysts write it after the first mention ("the coalition", «قسد»); optional.
 */
public record Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence,
                    Text shortName) implements Fact {

    /** An actor without a short form: the brief repeats its full name. */
    public Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence) {
        this(id, name, kind, partOf, description, evidence, null);
    }
}

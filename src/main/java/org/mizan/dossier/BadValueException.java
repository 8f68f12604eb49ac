package org.mizan.dossier;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value in a fact file that cannot be read (an unknown enum constant, a malformed date); the message is for the user. */
public final class BadValueException extends JsonMappingException {

    private final String userMessage;

    public BadValueException(JsonParser parser, String userMessage) {
        super(parser, userMessage);
        this.userMessage = userMessage;
    }

    /** The message without Jackson's location and path decorations. */
    public String userMessage() {
        return userMessage;
    }
}

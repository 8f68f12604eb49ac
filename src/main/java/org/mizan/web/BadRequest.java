package org.mizan.web;

/** A request the server refuses, with the reason the user sees (status 400 unless given). */
final class BadRequest extends RuntimeException {

    private final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}

package org.mizan.brief;

import java.util.Objects;

import org.mizan.compare.SinceDiff;

/**
 * The earlier brief a brief is made since ({@code generate --since}): what moved since it ({@code diff}), for the
 * front end's "Since our brief of …" passage, and the numbers its labels had ({@code earlier}), which this brief
 * keeps. {@link #NONE} for a brief made on its own.
 */
public record Since(SinceDiff diff, Numbering earlier) {

    public static final Since NONE = new Since(null, Numbering.NONE);

    public Since {
        Objects.requireNonNull(earlier, "earlier");
    }

    public boolean present() {
        return diff != null;
    }
}

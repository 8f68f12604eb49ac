package org.mizan.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The JSON the analysts write (comments, trailing commas), read token by token by the checks that run before a
 * file's own reader: with no limit on a string's length, since finding an over-long one is what they are for.
 */
final class LenientJson {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private LenientJson() {
    }
}

package org.mizan.inference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.TextCharacters;

/**
 * A rule file's text, which must be UTF-8 and hold no invisible character: a byte that is not UTF-8, or a character
 * that reorders or hides the code around it, is reported at its line and column.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(FileRefusal.problem(e, file));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputException(badByte(file, out.flip().toString(), bytes[in.position()]));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        List<Problem> hidden = TextCharacters.inRules(DisplayPaths.of(file), text);
        if (!hidden.isEmpty()) {
            throw new InputException(hidden);
        }
        return text;
    }

    private static Problem badByte(Path file, String before, byte bad) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return Problem.at(DisplayPaths.of(file), line, column, "byte 0x" + HexFormat.of().toHexDigits(bad)
                + " is not UTF-8 text: save the file as UTF-8 (an editor's \"encoding\" menu)");
    }
}

package com.agentacademy.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content files as text: UTF-8 is the only encoding they may have, and a file too large to be
 * content is refused before it is read.
 */
public final class TextFile {

    private TextFile() {
    }

    /** Why a file cannot be used as text, said for its author. */
    public static final class Unusable extends Exception {

        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /** Reads a file of at most {@code maxBytes} bytes as UTF-8. */
    public static String read(Path file, long maxBytes) throws Unusable {
        try {
            if (Files.size(file) > maxBytes) {
                throw new Unusable("the file is larger than " + describe(maxBytes));
            }
            return decode(Files.readAllBytes(file));
        }
        catch (IOException ex) {
            throw new Unusable("cannot be read: " + ex.getMessage());
        }
    }

    /** The text of bytes that must be UTF-8; anything else is refused, not guessed at. */
    public static String decode(byte[] bytes) throws Unusable {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException ex) {
            throw new Unusable("not UTF-8 text; save the file as UTF-8");
        }
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}

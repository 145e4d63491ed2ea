package com.agentacademy.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Content files as text: UTF-8 is the only encoding they may have, control characters other than
 * tab and line breaks mark a binary file, and a file too large to be content is refused before it
 * is read. A refusal names the line of the first bad byte or character.
 */
public final class TextFile {

    private TextFile() {
    }

    /** Why a file cannot be used as text, said for its author. */
    public static final class Unusable extends UnusableFile {

        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            this(0, message);
        }

        Unusable(int line, String message) {
            super(line, message);
        }
    }

    /** Reads a file of at most {@code maxBytes} bytes as UTF-8. */
    public static String read(Path file, long maxBytes) throws Unusable {
        try {
            byte[] bytes = readAtMost(file, (int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new Unusable("the file is larger than " + describe(maxBytes));
            }
            return decode(bytes);
        }
        catch (IOException ex) {
            throw new Unusable("cannot be read: " + ex.getMessage());
        }
    }

    /**
     * The first {@code maxBytes + 1} bytes of a file at most, so that a caller knows it is too
     * large without reading it all: a file's size can lie (a link to {@code /dev/zero} or
     * {@code /dev/urandom} says 0 and never ends).
     */
    public static byte[] readAtMost(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        }
    }

    /**
     * The text of bytes that must be UTF-8 without control characters (tab and line breaks
     * excepted); anything else is refused, not guessed at.
     */
    public static String decode(byte[] bytes) throws Unusable {
        // UTF-8 writes no other character with bytes below 0x80, so a control byte is one in any
        // reading; looking first names a binary file as one rather than as another encoding
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i];
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                throw new Unusable(lineAt(bytes, i), String.format("contains the control character U+%04X, which text"
                        + " does not have; is this a binary file?", b));
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Unusable(lineAt(bytes, in.position()), "not UTF-8 text from this line on; save the file as UTF-8");
        }
        return out.flip().toString();
    }

    /** The line of the byte at {@code position}: a line ends with LF, CR LF or a lone CR. */
    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}

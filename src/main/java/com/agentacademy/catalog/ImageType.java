package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats modules may show, recognised by their first bytes, never by the file name.
 * SVG is not among them: it can carry scripts.
 */
enum ImageType {
    PNG("image/png", "png", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    JPEG("image/jpeg", "jpg", new int[] { 0xFF, 0xD8, 0xFF }),
    GIF("image/gif", "gif", new int[] { 'G', 'I', 'F', '8' }),
    WEBP("image/webp", "webp", new int[] { 'R', 'I', 'F', 'F' });

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final String mediaType;
    private final String extension;
    private final int[] magic;

    ImageType(String mediaType, String extension, int[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    static Optional<ImageType> of(byte[] bytes) {
        return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < 12 || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return this != WEBP || (bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P');
    }
}

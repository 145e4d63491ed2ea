package com.agentacademy.catalog;

import java.util.Base64;

/** A real 1×1 PNG, for tests that need an image. */
final class TinyPng {

    static final byte[] BYTES = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private TinyPng() {
    }
}

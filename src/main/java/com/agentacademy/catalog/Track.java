package com.agentacademy.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The learning tracks of the catalog, in the order the catalog page shows them. */
public enum Track {
    PRODUCTS("products"),
    TROUBLESHOOTING("troubleshooting"),
    SERVICE_MANUAL("service-manual"),
    AFTER_SALES("after-sales"),
    COMMUNICATION("communication"),
    PRIVACY_COMPLIANCE("privacy-compliance"),
    ENGLISH("english");

    private final String key;

    Track(String key) {
        this.key = key;
    }

    /** The name used in {@code course.yml} and in message keys. */
    public String key() {
        return key;
    }

    static Optional<Track> fromKey(String key) {
        return Arrays.stream(values()).filter(track -> track.key.equals(key)).findFirst();
    }
}

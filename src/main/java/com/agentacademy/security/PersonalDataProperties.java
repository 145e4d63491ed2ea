package com.agentacademy.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data (phone numbers, ID numbers) encrypted at rest.
 *
 * @param keys the keys as {@code id:base64,id:base64}, each 256 bits (from {@code ACADEMY_DATA_KEYS});
 *        never in the repository
 * @param currentKey the id of the key new values are written with; empty means the first listed
 * @param keyFile where the embedded default keeps a key it generated for itself when {@code keys}
 *        is empty; empty (the {@code mysql} profile) means no keys is an error
 * @param rekeyEvery how often the job moves values written under older keys to the current one
 * @param rekeyBatch how many people the job re-encrypts per transaction
 */
@ConfigurationProperties("academy.personal-data")
public record PersonalDataProperties(String keys, String currentKey, String keyFile, Duration rekeyEvery,
        int rekeyBatch) {

    public PersonalDataProperties {
        keys = keys == null ? "" : keys.strip();
        currentKey = currentKey == null ? "" : currentKey.strip();
        keyFile = keyFile == null ? "" : keyFile.strip();
        if (rekeyEvery == null || rekeyEvery.isNegative() || rekeyEvery.isZero()) {
            rekeyEvery = Duration.ofHours(1);
        }
        if (rekeyBatch < 1) {
            rekeyBatch = 200;
        }
    }
}

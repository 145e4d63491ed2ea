package com.agentacademy.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for storage with AES-256-GCM. A stored value is {@code <key id>:} followed
 * by base64 of a random 96-bit IV, the ciphertext and the 128-bit tag; the column's name is bound
 * in as associated data, so a value copied into another column does not decrypt. Values are always
 * written with the current key and read with the key they name, so keys can be rotated: add a new
 * key in front, and the re-encryption job moves the old values over. Anything that does not
 * decrypt is refused with an exception, never answered with garbage.
 */
public final class PersonalDataCipher {

    private static final String ALGORITHM = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A stored value that does not decrypt: unknown key, wrong column, or changed bytes. */
    public static final class Undecryptable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Undecryptable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Map<String, SecretKey> keys;
    private final String current;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys raw 256-bit keys by id
     * @param current the id of the key to write with
     */
    PersonalDataCipher(Map<String, byte[]> keys, String current) {
        var byId = new LinkedHashMap<String, SecretKey>();
        keys.forEach((id, raw) -> byId.put(id, new SecretKeySpec(raw, "AES")));
        this.keys = Map.copyOf(byId);
        this.current = current;
    }

    /**
     * A cipher with keys written as {@code id:base64,id:base64}.
     *
     * @param current the id of the key to write with; empty for the first listed
     * @throws IllegalStateException naming the entry at fault (never a key's bytes)
     */
    public static PersonalDataCipher of(String keys, String current) {
        Map<String, byte[]> parsed = PersonalDataKeys.parse(keys);
        String writing = current == null || current.isBlank() ? parsed.keySet().iterator().next() : current.strip();
        if (!parsed.containsKey(writing)) {
            throw new IllegalStateException("ACADEMY_DATA_KEY_CURRENT names '" + writing
                    + "', which is not among the keys of ACADEMY_DATA_KEYS (" + String.join(", ", parsed.keySet()) + ")");
        }
        return new PersonalDataCipher(parsed, writing);
    }

    /** The id of the key new values are written with. */
    public String currentKeyId() {
        return current;
    }

    /** Whether a stored value was written with the current key (so re-encryption can leave it). */
    public boolean isCurrent(String stored) {
        return stored.startsWith(current + ":");
    }

    /**
     * @param plaintext the value, or {@code null}
     * @param column the column it is stored in, bound as associated data
     */
    public String encrypt(String plaintext, String column) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return current + ":" + Base64.getEncoder().encodeToString(stored);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /**
     * @param stored a value {@link #encrypt} wrote, or {@code null}
     * @param column the column it was read from
     * @throws Undecryptable when the key is unknown or the value was changed or moved; the message
     *         never holds the value
     */
    public String decrypt(String stored, String column) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        SecretKey key = colon < 0 ? null : keys.get(stored.substring(0, colon));
        if (key == null) {
            throw new Undecryptable("Personal data in " + column + " names no known key", null);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new Undecryptable("Personal data in " + column + " is too short", null);
            }
            Cipher cipher = Cipher.getInstance(ALGORITHM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException | GeneralSecurityException ex) {
            throw new Undecryptable("Personal data in " + column + " does not decrypt (changed, moved or wrong key)",
                    ex instanceof IllegalArgumentException ? null : ex);
        }
    }
}

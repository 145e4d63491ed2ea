package com.agentacademy.people;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeConverter;

import com.agentacademy.security.PersonalDataCipher;

/**
 * A person's phone number and national ID number: how they are checked and written, how the ID is
 * shown to those who may see only part of it, and the converters that keep both encrypted in the
 * database with the column's name as associated data.
 */
final class PersonalData {

    static final String PHONE_COLUMN = "person.phone";
    static final String NATIONAL_ID_COLUMN = "person.national_id";

    /** A Chinese mobile number: 11 digits starting with 1. */
    private static final Pattern CHINESE_MOBILE = Pattern.compile("1\\d{10}");
    /** An international number as E.164 writes it: +, a country code and at most 15 digits. */
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK_CHARACTERS = "10X98765432";

    private PersonalData() {
    }

    /** The number as stored: without spaces, hyphens, dots and brackets; {@code null} when blank. */
    static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().replaceAll("[\\s().-]", "");
    }

    /** Whether a number {@link #phone} wrote is a Chinese mobile number or an international one. */
    static boolean isPhone(String phone) {
        return phone == null || CHINESE_MOBILE.matcher(phone).matches() || INTERNATIONAL.matcher(phone).matches();
    }

    /** The ID number as stored: trimmed, a final x in capitals; {@code null} when blank. */
    static String nationalId(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether an ID number {@link #nationalId} wrote has 18 characters and GB 11643's check digit. */
    static boolean isNationalId(String id) {
        if (id == null) {
            return true;
        }
        if (!NATIONAL_ID.matcher(id).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return id.charAt(17) == CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The ID number with all but its last four characters hidden, as the person sees their own. */
    static String masked(String id) {
        if (id == null) {
            return null;
        }
        int shown = Math.min(4, id.length());
        return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
    }

    /**
     * A phone or ID number as the entity holds it: typed (the number) or read from the database (the
     * ciphertext, decrypted only when someone asks for the number, so that loading people for a
     * list costs no decryption and a value no key can read fails only where it is shown). Its
     * {@code toString} hides the number, because Hibernate prints entities' attributes at DEBUG.
     */
    static final class Hidden implements Serializable {

        private static final long serialVersionUID = 2L;

        private final String typed;
        private final String stored;
        private final transient EncryptedColumn column;

        private Hidden(String typed, String stored, EncryptedColumn column) {
            this.typed = typed;
            this.stored = stored;
            this.column = column;
        }

        static Hidden of(String typed) {
            return typed == null ? null : new Hidden(typed, null, null);
        }

        static String valueOf(Hidden hidden) {
            if (hidden == null) {
                return null;
            }
            return hidden.typed != null ? hidden.typed : hidden.column.cipher.decrypt(hidden.stored, hidden.column.name);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Hidden hidden && Objects.equals(typed, hidden.typed)
                    && Objects.equals(stored, hidden.stored);
        }

        @Override
        public int hashCode() {
            return Objects.hash(typed, stored);
        }

        @Override
        public String toString() {
            return "[hidden]";
        }
    }

    /**
     * Encrypts a typed value on its way to the database; a value read from it goes back as it was,
     * so saving a person for another reason does not encrypt their numbers again.
     */
    abstract static class EncryptedColumn implements AttributeConverter<Hidden, String> {

        private final PersonalDataCipher cipher;
        private final String name;

        EncryptedColumn(PersonalDataCipher cipher, String name) {
            this.cipher = cipher;
            this.name = name;
        }

        @Override
        public String convertToDatabaseColumn(Hidden value) {
            if (value == null) {
                return null;
            }
            return value.stored != null ? value.stored : cipher.encrypt(value.typed, name);
        }

        @Override
        public Hidden convertToEntityAttribute(String stored) {
            return stored == null ? null : new Hidden(null, stored, this);
        }
    }
    static final class PhoneColumn extends EncryptedColumn {

        PhoneColumn(PersonalDataCipher cipher) {
            super(cipher, PHONE_COLUMN);
        }
    }

    static final class NationalIdColumn extends EncryptedColumn {

        NationalIdColumn(PersonalDataCipher cipher) {
            super(cipher, NATIONAL_ID_COLUMN);
        }
    }
}

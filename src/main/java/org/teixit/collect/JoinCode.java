package org.teixit.collect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/** The 4–6 digit code a room types to join: generated with {@link SecureRandom}, compared in constant time. */
public final class JoinCode {
    /** Digits in a generated code. */
    public static final int DEFAULT_DIGITS = 6;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{4,6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    /** A new random code of {@link #DEFAULT_DIGITS} digits (leading zeros allowed). */
    public static String generate() {
        return generate(DEFAULT_DIGITS);
    }

    public static String generate(int digits) {
        if (digits < 4 || digits > 6) {
            throw new IllegalArgumentException("a join code has 4 to 6 digits");
        }
        StringBuilder b = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    /** Whether {@code given} is {@code expected}, in time that depends on neither (both are hashed first). */
    static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

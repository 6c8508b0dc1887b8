package vn.doan.nhacviec.data.invite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Invite codes: 128 random bits written in URL-safe base64 (22 characters of {@code A-Z a-z 0-9 _ -},
 * so they fit a Telegram deep-link payload), stored only as a SHA-256 hash.
 */
public final class InviteCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {
    }

    public static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether {@code text} could be a code at all (checked before any database lookup). */
    public static boolean looksLikeCode(String text) {
        return text != null && text.strip().matches("[A-Za-z0-9_-]{16,64}");
    }
}

package vn.doan.nhacviec.data.invite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Invite codes: 100 random bits written as 20 characters of Crockford's base32 ({@code 0-9 A-Z}
 * without I, L, O, U), so they fit a Telegram deep-link payload and survive being typed: case does
 * not matter, O reads as 0, I and L as 1, and spaces, hyphens and the quotes around a pasted code
 * are ignored. Stored only as the SHA-256 hash of the canonical form.
 *
 * <p>Codes made before (22 characters of URL-safe base64, case-sensitive) are still found by their
 * hash as written.
 */
public final class InviteCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
    private static final Pattern LEGACY = Pattern.compile("[A-Za-z0-9_-]{22}");
    /** Quotes people paste around a code, including the «» the bot shows codes in. */
    private static final Pattern QUOTES = Pattern.compile("^[«»\"“”„'‘’`<>\\[\\]()]+|[«»\"“”„'‘’`<>\\[\\]().,;!]+$");

    private InviteCodes() {
    }

    public static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The text without the quotes pasted around it. */
    public static String unquoted(String text) {
        return text == null ? "" : QUOTES.matcher(text.strip()).replaceAll("").strip();
    }

    /**
     * The hashes {@code text} may be stored under: its canonical form as a code of today, and as
     * written for a code made before. Empty when it cannot be a code at all (checked before any
     * database lookup).
     */
    public static Set<String> candidateHashes(String text) {
        String written = unquoted(text);
        Set<String> hashes = new LinkedHashSet<>();
        canonical(written).ifPresent(code -> hashes.add(hash(code)));
        if (LEGACY.matcher(written).matches()) {
            hashes.add(hash(written));
        }
        return hashes;
    }

    /** Whether {@code text} could be a code at all. */
    public static boolean looksLikeCode(String text) {
        return !candidateHashes(text).isEmpty();
    }

    /** The code as made, from how someone typed it: upper case, O as 0, I and L as 1, no spaces or hyphens. */
    static java.util.Optional<String> canonical(String written) {
        String code = written.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
        return CANONICAL.matcher(code).matches() ? java.util.Optional.of(code) : java.util.Optional.empty();
    }
}

package vn.doan.nhacviec.bot.zalo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from the bot token, one per purpose: every instance that shares the token derives the
 * same key, nothing more has to be configured, and none of them reveals the token.
 */
final class ZaloSecrets {

    private ZaloSecrets() {
    }

    static byte[] derived(String token, String purpose) {
        return hmac(token.getBytes(StandardCharsets.UTF_8), "nhacviec/zalo/" + purpose);
    }

    /** A derived key as 43 URL-safe characters. */
    static String derivedText(String token, String purpose) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(derived(token, purpose));
    }

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

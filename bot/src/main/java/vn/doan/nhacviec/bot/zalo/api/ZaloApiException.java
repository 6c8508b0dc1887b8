package vn.doan.nhacviec.bot.zalo.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A call to the Zalo Bot API that did not succeed, classified by what the caller should do about
 * it. The message names the method and the platform's description, never the token.
 */
public class ZaloApiException extends RuntimeException {

    /** What went wrong, as far as it matters to the caller. */
    public enum Kind {
        /** 429 or a "too many requests" complaint: slow down and try again. */
        RATE_LIMITED,
        /** A server error (5xx, 408) or an unreadable answer: try again later. */
        SERVER_ERROR,
        /** No answer: connection refused, timeout, interrupted. */
        NETWORK,
        /** 401: the token is wrong or revoked; affects every call, not one message. */
        UNAUTHORIZED,
        /** The user blocked the bot, unfollowed it, or the bot left the group. */
        BLOCKED,
        /** The platform refuses this request (400 and the like); repeating it will not help. */
        REJECTED
    }

    private static final Pattern TOO_MANY = Pattern.compile("too many|rate.?limit|quota|slow down");
    private static final Pattern GONE = Pattern.compile("block|unfollow|not follow|has left|not (a )?member|removed|kicked|forbidden");

    private final Kind kind;
    private final String method;
    private final int errorCode;
    private final String description;
    private final transient Duration retryAfter;

    ZaloApiException(Kind kind, String method, int errorCode, String description, Duration retryAfter, Throwable cause) {
        super("Zalo " + method + " failed" + (errorCode > 0 ? " (" + errorCode + ")" : "") + ": " + description, cause, false, true);
        this.kind = kind;
        this.method = method;
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    /** An answer {@code {"ok":false,...}} or an HTTP error status; {@code description} must already be masked. */
    static ZaloApiException answered(String method, int errorCode, String description, Duration retryAfter) {
        return new ZaloApiException(classify(errorCode, description), method, errorCode, description, retryAfter, null);
    }

    /** No usable answer; {@code description} must already be masked. */
    static ZaloApiException network(String method, String description) {
        return new ZaloApiException(Kind.NETWORK, method, 0, description, null, null);
    }

    static ZaloApiException unreadable(String method, int httpStatus) {
        return new ZaloApiException(Kind.SERVER_ERROR, method, httpStatus, "unreadable answer (HTTP " + httpStatus + ")", null, null);
    }

    static Kind classify(int code, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (code == 429 || TOO_MANY.matcher(text).find()) {
            return Kind.RATE_LIMITED;
        }
        if (code >= 500 || code == 408) {
            return Kind.SERVER_ERROR;
        }
        if (code == 401) {
            return Kind.UNAUTHORIZED;
        }
        if (code == 403 || GONE.matcher(text).find()) {
            return Kind.BLOCKED;
        }
        return Kind.REJECTED;
    }

    public Kind kind() {
        return kind;
    }

    public String method() {
        return method;
    }

    /** The platform's error code, else the HTTP status; 0 when there was no answer. */
    public int errorCode() {
        return errorCode;
    }

    public String description() {
        return description;
    }

    /** How long the platform asked to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

package vn.doan.nhacviec.bot.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps the bot token out of logs and stored errors. Every Bot API URL contains it
 * ({@code /bot<token>/method}), so any text that may quote a URL goes through {@link #mask}; the
 * HTTP interceptor does the same to network errors before the library logs them.
 */
final class TokenMask implements Interceptor {

    static final String HIDDEN = "<token>";

    private final String token;
    private final String secretPart;

    TokenMask(String token) {
        this.token = token;
        int colon = token.indexOf(':');
        this.secretPart = colon >= 0 && colon < token.length() - 1 ? token.substring(colon + 1) : token;
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        return text.replace(token, HIDDEN).replace(secretPart, HIDDEN);
    }

    /** A copy of {@code error} and its causes, with their messages masked and their stack traces kept, fit to log. */
    Throwable scrub(Throwable error) {
        return scrub(error, 0);
    }

    private Throwable scrub(Throwable error, int depth) {
        Throwable cause = error.getCause() != null && depth < 5 ? scrub(error.getCause(), depth + 1) : null;
        MaskedError copy = new MaskedError(mask(error.toString()), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    /** Prints as the original did ("Type: message"), masked. */
    private static final class MaskedError extends RuntimeException {

        MaskedError(String description, Throwable cause) {
            super(description, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (IOException e) {
            String message = e.getMessage();
            if (message != null && !mask(message).equals(message)) {
                throw new IOException(e.getClass().getSimpleName() + ": " + mask(message));
            }
            throw e;
        }
    }
}

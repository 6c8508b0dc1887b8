package vn.doan.nhacviec.bot.zalo.api;

/**
 * The webhook registered for the bot; an empty {@code url} means none (long polling works).
 *
 * @param updatedAt milliseconds since the epoch
 */
public record WebhookInfo(String url, Long updatedAt) {

    public boolean isSet() {
        return url != null && !url.isBlank();
    }
}

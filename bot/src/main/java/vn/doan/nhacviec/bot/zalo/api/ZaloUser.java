package vn.doan.nhacviec.bot.zalo.api;

import com.fasterxml.jackson.annotation.JsonAlias;

/** The sender of a message. Zalo's documents name the display name differently from version to version. */
public record ZaloUser(String id, @JsonAlias({"first_name", "name"}) String displayName, Boolean isBot) {

    public boolean bot() {
        return Boolean.TRUE.equals(isBot);
    }
}

package vn.doan.nhacviec.bot.telegram;

/** Who the bot is on Telegram (from getMe): commands in groups name it, replies and mentions point at it. */
record BotIdentity(long id, String username) {

    boolean isNamed(String name) {
        return username.equalsIgnoreCase(name);
    }
}

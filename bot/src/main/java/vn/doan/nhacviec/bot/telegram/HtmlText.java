package vn.doan.nhacviec.bot.telegram;

/** Plain text made safe for {@code parse_mode: HTML}: our texts carry no markup, so all of it is escaped. */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

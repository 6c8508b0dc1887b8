package vn.doan.nhacviec.bot.telegram;

import vn.doan.nhacviec.data.outbox.CodeSpan;

/**
 * Plain text made safe for {@code parse_mode: HTML}: our texts carry no markup, so all of it is
 * escaped; only {@link CodeSpan code spans} become {@code <code>}, which Telegram copies with a tap.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (escaped.indexOf(CodeSpan.START) < 0) {
            return CodeSpan.plain(escaped);
        }
        StringBuilder html = new StringBuilder(escaped.length() + 16);
        boolean open = false;
        for (char c : escaped.toCharArray()) {
            if (c == CodeSpan.START && !open) {
                html.append("<code>");
                open = true;
            } else if (c == CodeSpan.END && open) {
                html.append("</code>");
                open = false;
            } else if (c != CodeSpan.START && c != CodeSpan.END) {
                html.append(c);
            }
        }
        return open ? html.append("</code>").toString() : html.toString();
    }
}

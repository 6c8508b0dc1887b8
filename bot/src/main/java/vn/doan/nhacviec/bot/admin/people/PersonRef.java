package vn.doan.nhacviec.bot.admin.people;

import java.util.Optional;

/** A person as admins name them in commands: {@code #12} (the number {@code /nguoi} shows) or {@code 12}. */
final class PersonRef {

    private PersonRef() {
    }

    static Optional<Long> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.matches("#?\\d{1,15}") ? Optional.of(Long.parseLong(trimmed.replace("#", ""))) : Optional.empty();
    }
}

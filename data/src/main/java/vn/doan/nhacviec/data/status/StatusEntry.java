package vn.doan.nhacviec.data.status;

import java.time.LocalDate;

/** What is about to be logged: the meaning parsed from a reply, a button or a command. */
public record StatusEntry(StatusMeaning meaning, Double quantity, Integer total, LocalDate doneOn, LocalDate postponeTo,
                          String note) {

    public static StatusEntry of(StatusMeaning meaning) {
        return new StatusEntry(meaning, null, null, null, null, null);
    }

    public StatusEntry withNote(String newNote) {
        return new StatusEntry(meaning, quantity, total, doneOn, postponeTo, newNote);
    }
}

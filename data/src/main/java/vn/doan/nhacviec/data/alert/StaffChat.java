package vn.doan.nhacviec.data.alert;

import vn.doan.nhacviec.data.chat.Chat;

/** A private chat of a person holding a staff or admin role at {@code unitId}. */
public record StaffChat(long unitId, long personId, Chat chat) {
}

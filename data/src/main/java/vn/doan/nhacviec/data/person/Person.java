package vn.doan.nhacviec.data.person;

public record Person(long id, String displayName, String language) {
}

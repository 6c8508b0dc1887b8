package vn.doan.nhacviec.data.unit;

/** Kinds of change kept in a unit's history. */
public enum UnitChange { CREATED, RENAMED, MOVED, TAGGED, RETIRED, MERGED, ZONE }

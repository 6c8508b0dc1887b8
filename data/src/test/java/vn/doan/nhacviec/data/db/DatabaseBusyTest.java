package vn.doan.nhacviec.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

class DatabaseBusyTest {

    @Test
    void aLockTimeoutAnywhereInTheCausesIsBusy() {
        assertThat(DatabaseBusy.is(new UncategorizedSQLException("commit", null,
                new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)")))).isTrue();
        assertThat(DatabaseBusy.is(new IllegalStateException("wrapped", new SQLException("cannot commit - no transaction is active")))).isTrue();
        assertThat(DatabaseBusy.is(new CannotAcquireLockException("lock"))).isTrue();
    }

    @Test
    void aRealFaultIsNotBusy() {
        assertThat(DatabaseBusy.is(new DataIntegrityViolationException("unique"))).isFalse();
        assertThat(DatabaseBusy.is(new IllegalArgumentException("bad"))).isFalse();
        assertThat(DatabaseBusy.is(new UncategorizedSQLException("x", null, new SQLException("no such table: foo")))).isFalse();
    }
}

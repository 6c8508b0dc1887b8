package vn.doan.nhacviec.bot.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doan.nhacviec.bot.support.OnPostgres;
import vn.doan.nhacviec.data.db.DatabaseProperties;

/** The broadcast conversations (the whole application, demo tree, outbox) on PostgreSQL instead of SQLite. */
class BroadcastOnPostgresTest extends BroadcastTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.database(registry);
    }

    @Autowired
    DatabaseProperties database;

    @Test
    void runsOnPostgres() {
        assertThat(database.jdbcUrl()).startsWith("jdbc:postgresql:");
    }
}

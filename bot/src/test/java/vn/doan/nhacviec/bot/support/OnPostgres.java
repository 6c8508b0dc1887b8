package vn.doan.nhacviec.bot.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import vn.doan.nhacviec.data.db.Databases;
import vn.doan.nhacviec.testpg.EmbeddedPostgres;
import vn.doan.nhacviec.testpg.PostgresDataSources;

/** Points an application test at a new, empty database on the embedded PostgreSQL (its migrations run at start). */
public final class OnPostgres {

    private OnPostgres() {
    }

    public static void database(DynamicPropertyRegistry registry) {
        String url = PostgresDataSources.emptyDatabaseUrl();
        if (!Databases.isPostgres(url)) {
            throw new IllegalStateException(url);
        }
        registry.add("nhacviec.database.url", () -> url);
        registry.add("nhacviec.database.user", () -> EmbeddedPostgres.USER);
    }
}

package vn.doan.nhacviec.testpg;

/**
 * Which database the repository tests run on: SQLite by default, PostgreSQL with
 * {@code -Dtest.db=postgres} (the second surefire execution of the data and scheduler modules).
 */
public final class TestDb {

    private TestDb() {
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("test.db", "sqlite"));
    }

    public static String name() {
        return postgres() ? "postgres" : "sqlite";
    }
}

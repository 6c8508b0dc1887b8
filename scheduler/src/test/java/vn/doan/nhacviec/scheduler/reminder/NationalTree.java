package vn.doan.nhacviec.scheduler.reminder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Writes a national-scale tree straight into the tables (a benchmark fixture, not application
 * code): the root {@code tw}, 63 provinces (two of them {@code kg} and {@code tn}, so the seed plans
 * bind them), 10 district unions each, 20 communes each, and the branches spread over the communes,
 * each branch with one bound Telegram chat. Tây Ninh's first 20 communes are border communes.
 */
final class NationalTree {

    static final int PROVINCES = 63;
    static final int DISTRICTS_PER_PROVINCE = 10;
    static final int COMMUNES_PER_DISTRICT = 20;

    private NationalTree() {
    }

    /** Writes the tree; returns the number of units. */
    static int write(DataSource dataSource, int branches, long createdAt) throws SQLException {
        int communes = PROVINCES * DISTRICTS_PER_PROVINCE * COMMUNES_PER_DISTRICT;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement unit = connection.prepareStatement(
                    "INSERT INTO unit (id, code, name, level, parent_id, path, time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, 'Asia/Ho_Chi_Minh', ?)");
                 PreparedStatement tag = connection.prepareStatement("INSERT INTO unit_tag (unit_id, tag) VALUES (?, ?)");
                 PreparedStatement chat = connection.prepareStatement(
                         "INSERT INTO chat (id, channel, chat_ref, kind, title, language, created_at) VALUES (?, 'telegram', ?, 'PRIVATE', ?, 'vi', ?)");
                 PreparedStatement binding = connection.prepareStatement("INSERT INTO chat_binding (chat_id, unit_id, bound_at) VALUES (?, ?, ?)")) {
                Writer writer = new Writer(unit, tag, chat, binding, createdAt);
                long root = writer.unit("tw", "Trung ương Đoàn", "TRUNG_UONG", null, "/", false);
                int branchesLeft = branches;
                int communeIndex = 0;
                for (int p = 1; p <= PROVINCES; p++) {
                    String provinceCode = p == 1 ? "kg" : p == 2 ? "tn" : "p" + p;
                    long province = writer.unit(provinceCode, "Tỉnh đoàn " + provinceCode, "TINH", root, writer.path(root), false);
                    for (int d = 1; d <= DISTRICTS_PER_PROVINCE; d++) {
                        long district = writer.unit(provinceCode + "-d" + d, "Huyện đoàn " + d, "HUYEN", province, writer.path(province), false);
                        for (int c = 1; c <= COMMUNES_PER_DISTRICT; c++) {
                            boolean border = p == 2 && (d - 1) * COMMUNES_PER_DISTRICT + c <= 20;
                            long commune = writer.unit(provinceCode + "-d" + d + "-c" + c, "Đoàn xã " + c, "CO_SO", district,
                                    writer.path(district), border);
                            int here = branchesLeft / (communes - communeIndex);
                            for (int b = 1; b <= here; b++) {
                                long branch = writer.unit(provinceCode + "-d" + d + "-c" + c + "-b" + b, "Chi đoàn " + b, "CHI_DOAN",
                                        commune, writer.path(commune), border);
                                writer.chatFor(branch);
                            }
                            branchesLeft -= here;
                            communeIndex++;
                        }
                    }
                }
                writer.flush();
                connection.commit();
                return (int) writer.units;
            }
        }
    }

    private static final class Writer {
        private final PreparedStatement unit;
        private final PreparedStatement tag;
        private final PreparedStatement chat;
        private final PreparedStatement binding;
        private final long createdAt;
        private final java.util.Map<Long, String> paths = new java.util.HashMap<>();
        private long units;
        private long chats;
        private int pending;

        Writer(PreparedStatement unit, PreparedStatement tag, PreparedStatement chat, PreparedStatement binding, long createdAt) {
            this.unit = unit;
            this.tag = tag;
            this.chat = chat;
            this.binding = binding;
            this.createdAt = createdAt;
        }

        String path(long id) {
            return paths.get(id);
        }

        long unit(String code, String name, String level, Long parent, String parentPath, boolean border) throws SQLException {
            long id = ++units;
            String path = parentPath + id + "/";
            if (!"CHI_DOAN".equals(level)) {
                paths.put(id, path);
            }
            unit.setLong(1, id);
            unit.setString(2, code);
            unit.setString(3, name);
            unit.setString(4, level);
            if (parent == null) {
                unit.setNull(5, java.sql.Types.BIGINT);
            } else {
                unit.setLong(5, parent);
            }
            unit.setString(6, path);
            unit.setLong(7, createdAt);
            unit.addBatch();
            if (border) {
                tag.setLong(1, id);
                tag.setString(2, "bien_gioi");
                tag.addBatch();
            }
            if (++pending >= 2000) {
                flush();
            }
            return id;
        }

        void chatFor(long unitId) throws SQLException {
            long id = ++chats;
            chat.setLong(1, id);
            chat.setString(2, String.valueOf(100_000_000 + id));
            chat.setString(3, "chat " + id);
            chat.setLong(4, createdAt);
            chat.addBatch();
            binding.setLong(1, id);
            binding.setLong(2, unitId);
            binding.setLong(3, createdAt);
            binding.addBatch();
        }

        void flush() throws SQLException {
            unit.executeBatch();
            tag.executeBatch();
            chat.executeBatch();
            binding.executeBatch();
            pending = 0;
        }
    }
}

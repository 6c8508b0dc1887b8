package vn.doan.nhacviec.scheduler.reminder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import vn.doan.nhacviec.data.unit.AdministrativeMap;

/**
 * Writes the national tree of today's country straight into the tables (a benchmark fixture, not
 * application code): the root {@code tw}, the 34 provinces and 3,321 communes of the official 2025
 * map (config/map, read by path: the benchmark needs no bot module), communes directly under their
 * provincial union, and the branches spread over the communes, so each province gets branches in
 * proportion to its communes, each branch with one bound Telegram chat.
 *
 * <p>The seed plans' issuers are as the reform left them: Tây Ninh keeps the code {@code tn} and
 * now holds former Long An; Kiên Giang ({@code kg}) and Long An ({@code la}) are retired, merged into
 * An Giang and Tây Ninh on 1 July 2025, and their former communes and branches keep their former
 * paths (table {@code unit_former_path}), so the Kiên Giang plans bind the former Kiên Giang units
 * and Tây Ninh's bind only the former Tây Ninh ones. The commune codes tell which province a
 * commune was in (the statistics office's codes: Tây Ninh 25xxx–26xxx, Long An 27xxx–28xxx, Kiên
 * Giang from 30742). Tây Ninh's first 20 former Tây Ninh communes are its border communes.
 */
final class NationalTree {

    static final Path MAP = Path.of(System.getProperty("benchmark.map", "../config/map/vn-units-2026.json"));
    static final String TAY_NINH = "80";
    static final String AN_GIANG = "91";
    static final int BORDER_COMMUNES = 20;
    private static final String REFORM_DAY = "2025-07-01";

    private NationalTree() {
    }

    /** Writes the tree; returns the number of units. */
    static int write(DataSource dataSource, int branches, long createdAt) throws SQLException {
        AdministrativeMap map = AdministrativeMap.read(MAP);
        int communes = map.communeCount();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement unit = connection.prepareStatement(
                    "INSERT INTO unit (id, code, name, level, parent_id, path, time_zone, created_at, retired_at, merged_into_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, 'Asia/Ho_Chi_Minh', ?, ?, ?)");
                 PreparedStatement tag = connection.prepareStatement("INSERT INTO unit_tag (unit_id, tag) VALUES (?, ?)");
                 PreparedStatement formerPath = connection.prepareStatement(
                         "INSERT INTO unit_former_path (unit_id, path, valid_until, recorded_at) VALUES (?, ?, '" + REFORM_DAY + "', ?)");
                 PreparedStatement chat = connection.prepareStatement(
                         "INSERT INTO chat (id, channel, chat_ref, kind, title, language, created_at) VALUES (?, 'telegram', ?, 'PRIVATE', ?, 'vi', ?)");
                 PreparedStatement binding = connection.prepareStatement("INSERT INTO chat_binding (chat_id, unit_id, bound_at) VALUES (?, ?, ?)")) {
                Writer writer = new Writer(unit, tag, formerPath, chat, binding, createdAt);
                long root = writer.unit("tw", "Trung ương Đoàn", "TRUNG_UONG", null, null);
                List<AdministrativeMap.Province> provinces = map.provinces();
                long[] provinceIds = new long[provinces.size()];
                for (int p = 0; p < provinces.size(); p++) {
                    AdministrativeMap.Province province = provinces.get(p);
                    String code = TAY_NINH.equals(province.code()) ? "tn" : province.code();
                    provinceIds[p] = writer.unit(code, province.unionName(), "TINH", root, null);
                }
                long kienGiang = writer.unit("kg", "Tỉnh đoàn Kiên Giang", "TINH", root, provinceIds[indexOf(provinces, AN_GIANG)]);
                long longAn = writer.unit("la", "Tỉnh đoàn Long An", "TINH", root, provinceIds[indexOf(provinces, TAY_NINH)]);
                int branchesLeft = branches;
                int communeIndex = 0;
                int borderLeft = BORDER_COMMUNES;
                for (int p = 0; p < provinces.size(); p++) {
                    AdministrativeMap.Province province = provinces.get(p);
                    for (AdministrativeMap.Commune commune : province.communes()) {
                        Long formerProvince = formerProvince(province.code(), commune.code(), kienGiang, longAn);
                        boolean border = TAY_NINH.equals(province.code()) && formerProvince == null && borderLeft-- > 0;
                        long communeId = writer.unit(commune.code(), commune.unionName(), "CO_SO", provinceIds[p], null);
                        writer.tagged(communeId, border);
                        String formerCommunePath = writer.formerlyUnder(communeId,
                                formerProvince == null ? null : writer.path(formerProvince));
                        int here = branchesLeft / (communes - communeIndex);
                        for (int b = 1; b <= here; b++) {
                            long branch = writer.unit(commune.code() + "-b" + b, "Chi đoàn " + b, "CHI_DOAN", communeId, null);
                            writer.tagged(branch, border);
                            writer.formerlyUnder(branch, formerCommunePath);
                            writer.chatFor(branch);
                        }
                        branchesLeft -= here;
                        communeIndex++;
                    }
                }
                writer.flush();
                connection.commit();
                return (int) writer.units;
            }
        }
    }

    /** The retired province a commune of today belonged to before 1 July 2025, when it is one the seed plans name. */
    private static Long formerProvince(String province, String commune, long kienGiang, long longAn) {
        int code = Integer.parseInt(commune);
        if (AN_GIANG.equals(province) && code >= 30742) {
            return kienGiang;
        }
        if (TAY_NINH.equals(province) && code >= 27000) {
            return longAn;
        }
        return null;
    }

    private static int indexOf(List<AdministrativeMap.Province> provinces, String code) {
        for (int i = 0; i < provinces.size(); i++) {
            if (provinces.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("The map has no province " + code);
    }

    private static final class Writer {
        private final PreparedStatement unit;
        private final PreparedStatement tag;
        private final PreparedStatement formerPath;
        private final PreparedStatement chat;
        private final PreparedStatement binding;
        private final long createdAt;
        private final java.util.Map<Long, String> paths = new java.util.HashMap<>();
        private long units;
        private long chats;
        private int pending;

        Writer(PreparedStatement unit, PreparedStatement tag, PreparedStatement formerPath, PreparedStatement chat,
               PreparedStatement binding, long createdAt) {
            this.unit = unit;
            this.tag = tag;
            this.formerPath = formerPath;
            this.chat = chat;
            this.binding = binding;
            this.createdAt = createdAt;
        }

        /** A unit under {@code parent}; retired and merged into {@code mergedInto} when that is given. */
        long unit(String code, String name, String level, Long parent, Long mergedInto) throws SQLException {
            long id = ++units;
            String path = (parent == null ? "/" : paths.get(parent)) + id + "/";
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
            if (mergedInto == null) {
                unit.setNull(8, java.sql.Types.BIGINT);
                unit.setNull(9, java.sql.Types.BIGINT);
            } else {
                unit.setLong(8, createdAt);
                unit.setLong(9, mergedInto);
            }
            unit.addBatch();
            if (++pending >= 2000) {
                flush();
            }
            return id;
        }

        void tagged(long id, boolean border) throws SQLException {
            if (border) {
                tag.setLong(1, id);
                tag.setString(2, "bien_gioi");
                tag.addBatch();
            }
        }

        /** Keeps the path the unit had before the reform, under {@code formerParentPath}; returns it (null: none). */
        String formerlyUnder(long id, String formerParentPath) throws SQLException {
            if (formerParentPath == null) {
                return null;
            }
            String path = formerParentPath + id + "/";
            formerPath.setLong(1, id);
            formerPath.setString(2, path);
            formerPath.setLong(3, createdAt);
            formerPath.addBatch();
            return path;
        }

        String path(long id) {
            return paths.get(id);
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
            formerPath.executeBatch();
            chat.executeBatch();
            binding.executeBatch();
            pending = 0;
        }
    }
}

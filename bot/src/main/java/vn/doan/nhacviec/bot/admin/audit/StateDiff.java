package vn.doan.nhacviec.bot.admin.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two states kept in the audit log as JSON (an obligation's definition):
 * one {@code field: before → after} per changed field, so a reader sees the change rather than
 * two long documents; for something new, each of its fields. Empty when a state is not JSON.
 */
final class StateDiff {

    private StateDiff() {
    }

    /** One changed field; {@code before} is null for a field of something new. */
    record Change(String field, String before, String after) {
    }

    static Optional<List<Change>> of(String before, String after) {
        Optional<Map<String, String>> old = flatten(before);
        Optional<Map<String, String>> now = flatten(after);
        if (before == null && now.isPresent()) {
            return Optional.of(fields(now.get()));
        }
        if (old.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = new LinkedHashSet<>(old.get().keySet());
        fields.addAll(now.get().keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = old.get().getOrDefault(field, "—");
            String is = now.get().getOrDefault(field, "—");
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return Optional.of(changes);
    }

    /** Something new: each of its fields. */
    private static List<Change> fields(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> new Change(e.getKey(), null, e.getValue())).toList();
    }

    private static Optional<Map<String, String>> flatten(String json) {
        if (json == null || !json.startsWith("{")) {
            return Optional.empty();
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            flatten("", JsonMapper.shared().readTree(json), fields);
            return Optional.of(fields);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), fields);
            }
        } else if (!node.isNull()) {
            fields.put(prefix, node.isString() ? node.asString() : node.toString());
        }
    }
}

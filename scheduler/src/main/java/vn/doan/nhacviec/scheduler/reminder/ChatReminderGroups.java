package vn.doan.nhacviec.scheduler.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits chat reminders into groups that share no item: an item going to two chats (a unit bound to a
 * group and to its secretary) puts both chat reminders in one group, so the transaction that records the
 * item as sent also stores every message listing it.
 */
final class ChatReminderGroups {

    private ChatReminderGroups() {
    }

    static List<List<ChatReminder>> of(List<ChatReminder> chatReminders) {
        int[] parent = new int[chatReminders.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstHolder = new HashMap<>();
        for (int i = 0; i < chatReminders.size(); i++) {
            for (DueItem item : chatReminders.get(i).items()) {
                Integer holder = firstHolder.putIfAbsent(item.key(), i);
                if (holder != null) {
                    union(parent, holder, i);
                }
            }
        }
        Map<Integer, List<ChatReminder>> groups = new LinkedHashMap<>();
        for (int i = 0; i < chatReminders.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(chatReminders.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}

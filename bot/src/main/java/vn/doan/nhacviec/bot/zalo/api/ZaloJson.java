package vn.doan.nhacviec.bot.zalo.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shape of the Zalo Bot API: snake_case names, unknown fields ignored, updates one or many. */
public final class ZaloJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ZaloJson() {
    }

    /**
     * The updates in a {@code result}: Zalo answers one update as an object where Telegram answers a
     * list, and nothing (null, {@code {}}, {@code []}) when none arrived. Both shapes are read.
     */
    static List<ZaloUpdate> updatesIn(JsonNode result) {
        List<ZaloUpdate> updates = new ArrayList<>();
        if (result == null || result.isNull() || result.isMissingNode()) {
            return updates;
        }
        if (result.isArray()) {
            result.forEach(node -> updateIn(node).ifPresent(updates::add));
        } else {
            updateIn(result).ifPresent(updates::add);
        }
        return updates;
    }

    /**
     * The update a webhook request carries: the bare update, or (defensively) one wrapped like an API
     * answer in {@code {"ok":true,"result":...}}. Empty when the body is not an update.
     */
    public static Optional<ZaloUpdate> webhookUpdate(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return Optional.empty();
        }
        JsonNode update = root.path("ok").asBoolean(false) && root.has("result") ? root.get("result") : root;
        return updateIn(update);
    }

    private static Optional<ZaloUpdate> updateIn(JsonNode node) {
        if (node == null || !node.isObject() || (!node.has("event_name") && !node.has("message"))) {
            return Optional.empty();
        }
        try {
            ZaloUpdate update = MAPPER.treeToValue(node, ZaloUpdate.class);
            // the documented sample of getUpdates has a message without an event name: it is a text message
            if (update.eventName() == null && update.message() != null && update.message().text() != null) {
                update = new ZaloUpdate(ZaloUpdate.TEXT_RECEIVED, update.message());
            }
            return Optional.of(update);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}

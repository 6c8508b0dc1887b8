package vn.doan.nhacviec.bot.config;

import java.util.Map;

/**
 * Actuator on its own port (8081), on 127.0.0.1 unless {@code management.server.address} says
 * otherwise: health with the liveness and readiness probes, and Prometheus metrics. Readiness
 * asks the database, the workers (outbox dispatcher, channel receivers) and the Quartz scheduler;
 * liveness only whether the application runs, so that a database outage does not get the bot
 * restarted in a loop.
 */
final class ManagementDefaults {

    static final Map<String, Object> PROPERTIES = Map.of(
            "management.server.port", "8081",
            "management.server.address", "127.0.0.1",
            "management.endpoints.web.exposure.include", "health,prometheus",
            "management.endpoint.health.probes.enabled", "true",
            "management.endpoint.health.show-details", "always",
            "management.endpoint.health.group.readiness.include", "readinessState,db,workers,quartz",
            "management.endpoint.health.group.readiness.show-details", "always",
            "management.endpoint.health.group.liveness.include", "livenessState");

    private ManagementDefaults() {
    }
}

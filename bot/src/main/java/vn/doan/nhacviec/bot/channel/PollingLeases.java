package vn.doan.nhacviec.bot.channel;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.lease.LeaseRepository;

/**
 * Who receives by long polling when several instances share a database: a messenger allows one
 * poller per token, so each channel polls only while this instance holds the token's lease in the
 * database ({@code polling_lease}). The lease is renewed every {@code renew-every} and lasts
 * {@code ttl}; when its holder dies another instance takes it over within {@code ttl + renew-every}
 * (40 s by default), and a clean stop hands it over at once. Webhook mode needs no lease: every
 * instance accepts.
 */
@Component
public class PollingLeases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PollingLeases.class);

    private final LeaseRepository leases;
    private final Clock clock;
    private final Duration ttl;
    private final Duration renewEvery;
    private final String holder;
    private final ScheduledExecutorService timer;
    private final List<Lease> followed = new CopyOnWriteArrayList<>();

    public PollingLeases(LeaseRepository leases, Clock clock, PollingLeaseProperties properties) {
        this.leases = leases;
        this.clock = clock;
        this.ttl = properties.ttl();
        this.renewEvery = properties.renewEvery();
        this.holder = hostName() + "/" + UUID.randomUUID();
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "polling-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Follows the lease of {@code channel}'s {@code token}: {@code onGained} runs when this instance
     * gets it (start polling), {@code onLost} when it loses it or stops (stop polling).
     */
    public Lease follow(String channel, String token, Runnable onGained, Runnable onLost) {
        Lease lease = new Lease(channel + ":" + digest(token), onGained, onLost);
        followed.add(lease);
        timer.scheduleWithFixedDelay(lease::check, 0, renewEvery.toMillis(), TimeUnit.MILLISECONDS);
        return lease;
    }

    /** This instance's name in {@code polling_lease.holder}. */
    public String holder() {
        return holder;
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Lease lease : followed) {
            lease.giveUp();
        }
    }

    /** One channel's lease as this instance sees it. */
    public final class Lease {
        private final String name;
        private final Runnable onGained;
        private final Runnable onLost;
        private volatile boolean held;

        private Lease(String name, Runnable onGained, Runnable onLost) {
            this.name = name;
            this.onGained = onGained;
            this.onLost = onLost;
        }

        public boolean held() {
            return held;
        }

        private synchronized void check() {
            boolean holds;
            try {
                holds = leases.tryHold(name, holder, clock.instant(), ttl);
            } catch (RuntimeException e) {
                // the database cannot confirm it: stop polling rather than risk two pollers
                log.warn("Cannot renew the polling lease {}: {}", name, e.toString());
                holds = false;
            }
            if (holds && !held) {
                held = true;
                log.info("This instance ({}) now receives {} by long polling", holder, name);
                run(onGained);
            } else if (!holds && held) {
                held = false;
                log.info("Another instance holds the polling lease {}; this one stops polling", name);
                run(onLost);
            }
        }

        private synchronized void giveUp() {
            if (held) {
                held = false;
                run(onLost);
            }
            try {
                leases.release(name, holder);
            } catch (RuntimeException e) {
                log.warn("Cannot release the polling lease {}: {}", name, e.toString());
            }
        }

        private void run(Runnable action) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("Polling lease {}: {}", name, e.toString(), e);
            }
        }
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "instance";
        }
    }
}

package io.evpair.app.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import io.evpair.app.support.IntegrationTest;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.PollSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The poll schedule in PostgreSQL: concurrent claimers never get the same device; leases end and survive restarts. */
class PollScheduleTest extends IntegrationTest {
    @Autowired
    PollSchedule schedule;

    @Test
    void concurrentClaimersTakeDisjointPollsAndALeaseHidesAClaimedPollUntilItRunsOut() throws Exception {
        Vendor vendor = new Vendor("TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        Instant now = Instant.now();
        Set<UUID> devices = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            UUID device = UUID.randomUUID();
            devices.add(device);
            schedule.schedule(device, DeviceType.VEHICLE, vendor, now.minusSeconds(1));
        }

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<List<PollSchedule.DuePoll>>> claimers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            claimers.add(() -> schedule.claimDue(vendor, now, Duration.ofMinutes(2), 7));
        }
        List<UUID> claimed = new ArrayList<>();
        for (Future<List<PollSchedule.DuePoll>> f : pool.invokeAll(claimers)) {
            f.get().forEach(p -> claimed.add(p.deviceId()));
        }
        pool.shutdown();

        assertThat(claimed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(claimed)).isSubsetOf(devices);
        assertThat(schedule.claimDue(vendor, now, Duration.ofMinutes(2), 100)).hasSize(60 - claimed.size());
        assertThat(schedule.claimDue(vendor, now.plusSeconds(60), Duration.ofMinutes(2), 100)).isEmpty();

        // A claimer that died: its leases run out and another takes the polls over.
        assertThat(schedule.claimDue(vendor, now.plus(Duration.ofMinutes(3)), Duration.ofMinutes(2), 100)).hasSize(60);

        UUID first = claimed.get(0);
        schedule.reschedule(first, now.plus(Duration.ofHours(1)), 2);
        assertThat(schedule.claimDue(vendor, now.plus(Duration.ofMinutes(10)), Duration.ofMinutes(2), 100))
                .extracting(PollSchedule.DuePoll::deviceId).doesNotContain(first);
        schedule.remove(devices);
    }
}

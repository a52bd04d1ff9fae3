package io.evpair.engine.observations;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.ids.UserRef;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Append-only storage of every observation, kept so that state can be rebuilt and decisions replayed. */
public interface ObservationStore {
    /**
     * Appends the observations that are not stored yet and returns them, in the order given. An observation
     * equal in every field to a stored one is a duplicate delivery and is dropped.
     */
    List<Observation> appendNew(List<Observation> observations, Map<UUID, DeviceOwner> owners);

    /** One user's observations received in {@code [from, to]}, in the order they were stored. */
    List<Observation> ofUser(UserRef userRef, java.time.Instant from, java.time.Instant to);

    /** One device's observations observed in {@code [from, to]}. */
    List<Observation> ofDevice(UUID deviceId, java.time.Instant from, java.time.Instant to);

    /** Deletes up to {@code limit} of the client's observations received before {@code cutoff}; returns how many. */
    int deleteReceivedBefore(ClientId clientId, java.time.Instant cutoff, int limit);
}

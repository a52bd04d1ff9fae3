package io.evpair.engine.testing;

import io.evpair.engine.control.ChargingSwitch;
import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.CurrentLimiter;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.control.PowerLimiter;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.Vendor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A vendor whose devices answer every command as the test says (accepted by default) and remember what they were
 * sent. Like a real vendor's "OK", an answer changes no state: the test reports the state that follows.
 */
public final class ScriptedAdapter implements ChargingSwitch, CurrentLimiter, PowerLimiter {
    /** One command as the device received it. */
    public record Sent(UUID deviceId, String command, Double value) {
    }

    private final Vendor vendor;
    private final Map<UUID, CommandResult> answers = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();

    public ScriptedAdapter(Vendor vendor) {
        this.vendor = vendor;
    }

    @Override
    public Vendor vendor() {
        return vendor;
    }

    /** From now on the device answers every command with {@code answer}. */
    public synchronized ScriptedAdapter answers(DeviceId deviceId, CommandResult answer) {
        answers.put(deviceId.value(), answer);
        return this;
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return receive(device, "START", null);
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return receive(device, "STOP", null);
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return receive(device, "SET_MAX_CURRENT", amperes);
    }

    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return receive(device, "SET_CHARGE_RATE_LIMIT", kilowatts);
    }

    /** The commands each device received, oldest first. */
    public synchronized List<String> commandsTo(DeviceId deviceId) {
        return sent.stream().filter(s -> s.deviceId().equals(deviceId.value())).map(Sent::command).toList();
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    private synchronized CommandResult receive(DeviceAddress device, String command, Double value) {
        if (!device.vendor().equals(vendor)) {
            throw new IllegalStateException(command + " for a " + device.vendor() + " device reached the " + vendor + " adapter");
        }
        sent.add(new Sent(device.deviceId(), command, value));
        return answers.getOrDefault(device.deviceId(), new CommandResult.Accepted());
    }
}

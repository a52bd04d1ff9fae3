package io.evpair.engine.vendors;

import io.evpair.engine.adapters.ChargingSwitch;
import io.evpair.engine.adapters.CommandResult;
import io.evpair.engine.adapters.CurrentLimiter;
import io.evpair.engine.adapters.DeviceAddress;
import io.evpair.engine.adapters.PowerLimiter;
import io.evpair.engine.devices.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A vendor cloud as a device adapter: {@code CommandRouter} sends it commands like any other, and it adds the
 * device owner's access token. No usable token (relink needed) is Unreachable; a refused token is refreshed once.
 */
public class CloudCommands implements ChargingSwitch, CurrentLimiter, PowerLimiter {
    private final VendorCloud cloud;
    private final VendorAccessTokens tokens;
    private final DeviceStore devices;

    public CloudCommands(VendorCloud cloud, VendorAccessTokens tokens, DeviceStore devices) {
        this.cloud = cloud;
        this.tokens = tokens;
        this.devices = devices;
    }

    @Override
    public String vendor() {
        return cloud.vendor();
    }

    @Override
    public CommandResult startCharging(DeviceAddress device) {
        return withToken(device, token -> cloud.startCharging(token, device));
    }

    @Override
    public CommandResult stopCharging(DeviceAddress device) {
        return withToken(device, token -> cloud.stopCharging(token, device));
    }

    @Override
    public CommandResult setMaxCurrent(DeviceAddress device, double amperes) {
        return withToken(device, token -> cloud.setMaxCurrent(token, device, amperes));
    }

    @Override
    public CommandResult setChargeRateLimit(DeviceAddress device, double kilowatts) {
        return withToken(device, token -> cloud.setChargeRateLimit(token, device, kilowatts));
    }

    private CommandResult withToken(DeviceAddress device, Function<String, CommandResult> command) {
        DeviceOwner owner = devices.owners(List.of(device.deviceId())).get(device.deviceId());
        if (owner == null) {
            return new CommandResult.Rejected(device.type() + " " + device.deviceId() + " is no longer linked");
        }
        Optional<String> token = tokens.accessToken(owner.userRef(), cloud.vendor());
        if (token.isEmpty()) {
            return relink(device);
        }
        CommandResult result = command.apply(token.get());
        if (result instanceof CommandResult.Unreachable u && u.detail().startsWith(UNAUTHORIZED)) {
            return tokens.refreshAfterRejection(owner.userRef(), cloud.vendor(), token.get())
                    .map(command).orElseGet(() -> relink(device));
        }
        return result;
    }

    private CommandResult relink(DeviceAddress device) {
        return new CommandResult.Unreachable(cloud.vendor() + " account of " + device.type().name().toLowerCase()
                + " " + device.deviceId() + " must be linked again");
    }

    /** How an adapter says the vendor refused the access token: an Unreachable whose detail starts with this. */
    public static final String UNAUTHORIZED = "unauthorized";
}

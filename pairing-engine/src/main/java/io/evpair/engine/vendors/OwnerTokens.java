package io.evpair.engine.vendors;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceOwner;
import io.evpair.engine.devices.DeviceStore;
import io.evpair.engine.ids.Vendor;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The device owner's access tokens for a cloud device adapter's commands: no usable token (relink needed) is
 * Unreachable; a token the vendor refuses is refreshed once.
 */
public class OwnerTokens implements CloudAccess {

    private final Vendor vendor;
    private final VendorAccessTokens tokens;
    private final DeviceStore devices;

    public OwnerTokens(Vendor vendor, VendorAccessTokens tokens, DeviceStore devices) {
        this.vendor = vendor;
        this.tokens = tokens;
        this.devices = devices;
    }

    @Override
    public CommandResult command(DeviceAddress device, Function<String, CommandResult> call) {
        DeviceOwner owner = devices.owners(List.of(device.deviceId())).get(device.deviceId());
        if (owner == null) {
            return new CommandResult.Rejected(device.type() + " " + device.deviceId() + " is no longer linked");
        }
        Optional<String> token = tokens.accessToken(owner.userRef(), vendor);
        if (token.isEmpty()) {
            return relink(device);
        }
        CommandResult result = call.apply(token.get());
        if (result instanceof CommandResult.Unreachable u && u.detail().startsWith(UNAUTHORIZED)) {
            return tokens.refreshAfterRejection(owner.userRef(), vendor, token.get())
                    .map(call).orElseGet(() -> relink(device));
        }
        return result;
    }

    private CommandResult relink(DeviceAddress device) {
        return new CommandResult.Unreachable(vendor + " account of " + device.type().name().toLowerCase()
                + " " + device.deviceId() + " must be linked again");
    }
}

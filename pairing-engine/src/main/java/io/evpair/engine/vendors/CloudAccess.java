package io.evpair.engine.vendors;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import java.util.function.Function;

/** How a cloud device adapter gets an access token for a command to one device ({@link OwnerTokens}). */
@FunctionalInterface
public interface CloudAccess {
    /** How an adapter says the vendor refused the access token: an Unreachable whose detail starts with this. */
    String UNAUTHORIZED = "unauthorized";

    CommandResult command(DeviceAddress device, Function<String, CommandResult> call);
}

package io.evpair.adapters.cloud;

import io.evpair.engine.control.CommandResult;
import io.evpair.engine.control.DeviceAddress;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.Vendor;
import io.evpair.engine.vendors.CloudAccess;
import io.evpair.engine.vendors.CloudDevice;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What a vendor's adapter for one kind of device shares: the vendor's HTTP, the owner's tokens for commands, the
 * clock. A subclass can do exactly the commands of the capability interfaces it implements.
 */
public abstract class VendorDeviceAdapter implements CloudDevice {
    protected final CloudHttp http;
    protected final CloudAccess access;
    protected final Clock clock;
    private final Vendor vendor;
    private final DeviceType type;
    private final String brand;

    protected VendorDeviceAdapter(Vendor vendor, String brand, DeviceType type, CloudHttp http, CloudAccess access,
                                  Clock clock) {
        this.vendor = vendor;
        this.brand = brand;
        this.type = type;
        this.http = http;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public final Vendor vendor() {
        return vendor;
    }

    @Override
    public final DeviceType type() {
        return type;
    }

    protected String api(String path) {
        return http.settings().apiBaseUrl() + path;
    }

    /**
     * Sends a command with the owner's token. 2xx is Accepted when {@code vendorSaysOk} agrees; the observed state
     * confirms it later.
     */
    protected CommandResult command(DeviceAddress device, Function<String, CloudHttp.Answer> call,
                                    Predicate<CloudHttp.Answer> vendorSaysOk) {
        return access.command(device, token -> {
            CloudHttp.Answer answer = call.apply(token);
            return Answers.command(answer, answer.ok() && vendorSaysOk.test(answer), describe(device));
        });
    }

    protected String describe(DeviceAddress device) {
        return brand + " " + type.name().toLowerCase() + " " + device.deviceId();
    }

    protected static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }
}

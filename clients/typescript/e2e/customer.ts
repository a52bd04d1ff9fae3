// What a customer does with the TypeScript client generated from clients/openapi.json, and nothing else: get a
// token, link a simulated car and charger, report a charging session, move the simulator's clock, read the pair
// back, and stop charging through it with an action. app's GeneratedTypeScriptClientTest runs this with node
// against the real service:  EVPAIR_BASE_URL=… EVPAIR_CLIENT_ID=… EVPAIR_CLIENT_SECRET=… node target/js/e2e/customer.js
import { strict as assert } from "node:assert";
import {
    ActionsApi, ActionStateEnum, AuthenticationApi, ChargingPairsApi, ChargingPairStateEnum, ChargingRequestActionEnum,
    Configuration, GetAccessTokenGrantTypeEnum, ResponseError, SimulatedObservation, SimulatedObservationDeviceTypeEnum,
    SimulatorApi, VehiclesApi,
} from "../target/generated/evpair-client";

const T0 = Date.parse("2026-03-03T18:00:00Z");
const at = (minute: number, seconds = 0) => new Date(T0 + minute * 60_000 + seconds * 1000);

function env(name: string): string {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
}

function report(device: string, type: SimulatedObservationDeviceTypeEnum, observed: number, received: number,
                charging: boolean, rate: number, battery?: number): SimulatedObservation {
    return {
        vendorDeviceId: device, deviceType: type, observedAt: at(observed), receivedAt: at(received, 5),
        isPluggedIn: true, isCharging: charging, chargeRateKw: rate, batteryLevel: battery,
    };
}

async function main() {
    const basePath = env("EVPAIR_BASE_URL");
    const token = await new AuthenticationApi(new Configuration({
        basePath, username: env("EVPAIR_CLIENT_ID"), password: env("EVPAIR_CLIENT_SECRET"),
    })).getAccessToken({ grantType: GetAccessTokenGrantTypeEnum.ClientCredentials });
    assert.equal(token.tokenType, "Bearer");
    const customer = new Configuration({ basePath, accessToken: async () => `Bearer ${token.accessToken}` });

    const simulator = new SimulatorApi(customer);
    const car = await simulator.createSimulatedVehicle({
        userId: "tess", simulatedVehicleRequest: {
            vendorDeviceId: "ts-v-1", brand: "Kia", model: "e-Niro", batteryCapacityKwh: 64,
            capabilities: { startCharging: false, stopCharging: true, setChargeRateLimit: false },
        },
    });
    const charger = await simulator.createSimulatedCharger({
        userId: "tess", simulatedChargerRequest: {
            vendorDeviceId: "ts-c-1", capabilities: { startCharging: true, stopCharging: true, setChargeRateLimit: true },
        },
    });

    // The car and the charger plug in and start charging together; the car reports a minute behind.
    const session: SimulatedObservation[] = [];
    for (let minute = 0; minute <= 60; minute += 2) {
        const charging = minute >= 1;
        session.push(report("ts-c-1", SimulatedObservationDeviceTypeEnum.Charger, minute, minute, charging, charging ? 7.2 : 0));
        session.push(report("ts-v-1", SimulatedObservationDeviceTypeEnum.Vehicle, minute, minute + 1, charging,
            charging ? 6.5 : 0, 40 + minute * 0.17));
    }
    const accepted = await simulator.postSimulatedObservations({ simulatedObservations: { observations: session } });
    assert.equal(accepted.accepted, session.length);
    await simulator.advanceSimulatorClock({ simulatorClockRequest: { now: at(62) } });

    const read = await new VehiclesApi(customer).getVehicle({ vehicleId: car.id! });
    assert.equal(read.userId, "tess");
    assert.equal(read.chargeState?.isCharging, true);
    assert.equal(read.chargeState?.pluggedInChargerId, charger.id);

    const pairs = (await new ChargingPairsApi(customer).listChargingPairs()).data ?? [];
    assert.equal(pairs.length, 1);
    assert.equal(pairs[0].vehicleId, car.id);
    assert.equal(pairs[0].chargerId, charger.id);
    assert.equal(pairs[0].state, ChargingPairStateEnum.Activated);

    // Stop charging through the pair: the command goes to the charger, and the charger's report confirms it.
    const actions = new ActionsApi(customer);
    const stop = await actions.controlVehicleCharging({ vehicleId: car.id!, chargingRequest: { action: ChargingRequestActionEnum.Stop } });
    assert.equal(stop.state, ActionStateEnum.Pending);
    assert.equal(stop.executorId, charger.id);
    await simulator.postSimulatedObservations({ simulatedObservations: {
        observations: [report("ts-c-1", SimulatedObservationDeviceTypeEnum.Charger, 64, 64, false, 0)] } });
    assert.equal((await actions.getVehicleAction({ actionId: stop.id! })).state, ActionStateEnum.Confirmed);

    // Problems reach the caller as a ResponseError carrying the problem document.
    const missing = await new VehiclesApi(customer).getVehicle({ vehicleId: "00000000-0000-0000-0000-000000000000" })
        .then(() => undefined, (e: unknown) => e);
    if (!(missing instanceof ResponseError)) throw new Error(`expected a ResponseError, got ${missing}`);
    assert.equal(missing.response.status, 404);
    assert.equal(missing.response.headers.get("content-type"), "application/problem+json");

    console.log(JSON.stringify({ ok: true, vehicle: car.id, charger: charger.id, action: stop.id }));
}

main().catch((e) => {
    console.error(e instanceof ResponseError ? `HTTP ${e.response.status} from ${e.response.url}` : e);
    process.exit(1);
});

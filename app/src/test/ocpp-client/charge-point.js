// A real OCPP 1.6J or 2.0.1 charge point (the ocpp-rpc library, strict mode: every message either way is checked
// against the OCPP JSON schemas of the version negotiated) driven line by line by the JUnit test that starts it.
//
// Environment: ENDPOINT (ws://host:port/ocpp), IDENTITY, PASSWORD (the HTTP Basic password, optional),
// PROTOCOLS (the subprotocols offered, comma-separated; ocpp1.6 unless set).
// stdin, one JSON object a line:
//   {"id": 1, "connect": true}                         -> {"id": 1, "type": "connected"} | {"id": 1, "type": "failed", ...}
//   {"id": 2, "call": "BootNotification", "params": {}} -> {"id": 2, "type": "result", "result": {...}}
//                                                          | {"id": 2, "type": "failed", "code": ..., "message": ...}
//   {"id": 3, "answer": "RemoteStartTransaction", "with": {"status": "Rejected"}}  sets how a call is answered
// stdout: the lines above, and {"type": "request", "method": ..., "params": {...}} for every call evpair makes.
'use strict';
const readline = require('readline');
const { RPCClient, createRPCError } = require('ocpp-rpc');

const answers = {
    RemoteStartTransaction: { status: 'Accepted' },
    RemoteStopTransaction: { status: 'Accepted' },
    SetChargingProfile: { status: 'Accepted' },
    ClearChargingProfile: { status: 'Accepted' },
    TriggerMessage: { status: 'Accepted' },
    ChangeConfiguration: { status: 'Accepted' },
    GetConfiguration: { configurationKey: [], unknownKey: [] },
    // the same answers are valid in 2.0.1
    Reset: { status: 'Accepted' },
    UnlockConnector: { status: 'Unlocked' },
    // OCPP 2.0.1
    RequestStartTransaction: { status: 'Accepted' },
    RequestStopTransaction: { status: 'Accepted' },
    GetVariables: { getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: 'A,W',
        component: { name: 'SmartChargingCtrlr' }, variable: { name: 'RateUnit' } }] },
    SetVariables: { setVariableResult: [{ attributeStatus: 'Accepted',
        component: { name: 'SampledDataCtrlr' }, variable: { name: 'TxUpdatedMeasurands' } }] },
};

const client = new RPCClient({
    endpoint: process.env.ENDPOINT,
    identity: process.env.IDENTITY,
    password: process.env.PASSWORD || undefined,
    protocols: (process.env.PROTOCOLS || 'ocpp1.6').split(','),
    strictMode: true,
    reconnect: false,
    callTimeoutMs: 10000,
});

function emit(line) {
    process.stdout.write(JSON.stringify(line) + '\n');
}

client.handle(({ method, params }) => {
    emit({ type: 'request', method, params });
    if (!(method in answers)) {
        throw createRPCError('NotImplemented');
    }
    return answers[method];
});

client.on('close', ({ code, reason }) => emit({ type: 'closed', code, reason: String(reason) }));

const input = readline.createInterface({ input: process.stdin });
input.on('line', async (text) => {
    const command = JSON.parse(text);
    try {
        if (command.connect) {
            await client.connect();
            emit({ id: command.id, type: 'connected', protocol: client.protocol });
        } else if (command.answer) {
            answers[command.answer] = command.with;
            emit({ id: command.id, type: 'result', result: {} });
        } else if (command.close) {
            await client.close({ code: 1000 });
            emit({ id: command.id, type: 'result', result: {} });
        } else {
            const result = await client.call(command.call, command.params);
            emit({ id: command.id, type: 'result', result });
        }
    } catch (e) {
        emit({ id: command.id, type: 'failed', code: e.rpcErrorCode || e.code || null,
               status: e.statusCode || null, message: String(e.message) });
    }
});
input.on('close', () => client.close({ force: true }).finally(() => process.exit(0)));

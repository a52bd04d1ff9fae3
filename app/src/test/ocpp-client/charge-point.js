// A real OCPP 1.6J or 2.0.1 charge point (the ocpp-rpc library, strict mode: every message either way is checked
// against the OCPP JSON schemas of the version negotiated) driven line by line by the JUnit test that starts it.
//
// Environment: ENDPOINT (ws://host:port/ocpp), IDENTITY, PASSWORD (the HTTP Basic password, optional),
// PROTOCOLS (the subprotocols offered, comma-separated; ocpp1.6 unless set). stdin and stdout: driver.js.
'use strict';
const { RPCClient, createRPCError } = require('ocpp-rpc');
const { emit, drive } = require('./driver');

const answers = require('./answers');

const client = new RPCClient({
    endpoint: process.env.ENDPOINT,
    identity: process.env.IDENTITY,
    password: process.env.PASSWORD || undefined,
    protocols: (process.env.PROTOCOLS || 'ocpp1.6').split(','),
    strictMode: true,
    reconnect: false,
    callTimeoutMs: 10000,
});

client.handle(({ method, params }) => {
    emit({ type: 'request', method, params });
    if (!(method in answers)) {
        throw createRPCError('NotImplemented');
    }
    return answers[method];
});

client.on('close', ({ code, reason }) => emit({ type: 'closed', code, reason: String(reason) }));

drive({
    connect: async () => {
        await client.connect();
        return client.protocol;
    },
    call: (method, params) => client.call(method, params),
    close: () => client.close({ code: 1000 }),
    end: () => client.close({ force: true }),
}, answers);

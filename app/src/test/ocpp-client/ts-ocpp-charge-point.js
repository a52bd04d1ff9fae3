// A second, independent OCPP 1.6J charge point: the @voltbras/ts-ocpp library, which checks every CALL either way
// against its own copy of the OCPP 1.6 JSON schemas (evpair's calls are refused with a CALLERROR, ours are not sent).
// It does not check the CALLRESULTs it gets, so this script does, with the library's response schemas: an answer
// of evpair's that breaks its schema fails the call. Driven by the JUnit test through driver.js.
//
// Environment: ENDPOINT (ws://host:port/ocpp), IDENTITY, PASSWORD (the HTTP Basic password). The library sends
// no Authorization header itself; the credentials ride in the URL, from which the ws package makes one.
'use strict';
const { ChargePoint } = require('@voltbras/ts-ocpp');
const { validateMessageResponse } = require('@voltbras/ts-ocpp/dist/messages/validation');
const answers = require('./answers');
const { emit, drive } = require('./driver');

const [scheme, rest] = process.env.ENDPOINT.split('://');
const credentials = encodeURIComponent(process.env.IDENTITY) + ':' + encodeURIComponent(process.env.PASSWORD || '');
const chargePoint = new ChargePoint(process.env.IDENTITY, async ({ action, ocppVersion, ...params }) => {
    emit({ type: 'request', method: action, params });
    if (!(action in answers)) {
        throw new Error(action + ' is not implemented by this test charge point');
    }
    return { action, ocppVersion, ...answers[action] };
}, `${scheme}://${credentials}@${rest}`);

drive({
    connect: async () => {
        const opened = chargePoint.connect();
        // connect() sets the connection at once but resolves only on open: a refused handshake must end it too
        const socket = chargePoint.connection.socket;
        socket.on('close', (code, reason) => emit({ type: 'closed', code, reason: String(reason) }));
        await new Promise((resolve, reject) => {
            opened.then(resolve);
            socket.once('unexpected-response', (request, response) =>
                reject(Object.assign(new Error('handshake refused'), { statusCode: response.statusCode })));
        });
        return socket.protocol;
    },
    call: async (method, params) => {
        const answer = await chargePoint.sendRequest({ action: method, ocppVersion: 'v1.6-json', payload: params });
        if (answer.isLeft()) {
            const error = answer.extract();
            throw Object.assign(new Error(error.message), { code: error.errorCode || error.name });
        }
        const result = answer.extract();
        const checked = validateMessageResponse(method, result, [method]);
        if (checked.isLeft()) {
            throw Object.assign(new Error(String(checked.extract())), { code: 'ResponseBreaksSchema' });
        }
        return result;
    },
    close: async () => chargePoint.close(),
    end: async () => chargePoint.close(),
}, answers);

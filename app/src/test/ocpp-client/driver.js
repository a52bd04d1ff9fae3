// The line protocol between a JUnit test and a charge point process, whichever library makes the charge point
// (charge-point.js: ocpp-rpc; ts-ocpp-charge-point.js: @voltbras/ts-ocpp).
// stdin, one JSON object a line:
//   {"id": 1, "connect": true}                         -> {"id": 1, "type": "connected", "protocol": ...} | {"id": 1, "type": "failed", ...}
//   {"id": 2, "call": "BootNotification", "params": {}} -> {"id": 2, "type": "result", "result": {...}}
//                                                          | {"id": 2, "type": "failed", "code": ..., "message": ...}
//   {"id": 3, "answer": "RemoteStartTransaction", "with": {"status": "Rejected"}}  sets how a call is answered
//   {"id": 4, "close": true}                           closes the connection
// stdout: the lines above, {"type": "request", "method": ..., "params": {...}} for every call evpair makes, and
// {"type": "closed", "code": ..., "reason": ...} when the connection ends.
'use strict';
const readline = require('readline');

function emit(line) {
    process.stdout.write(JSON.stringify(line) + '\n');
}

// chargePoint: connect() -> the subprotocol agreed, call(method, params) -> the result, close(), end()
function drive(chargePoint, answers) {
    const input = readline.createInterface({ input: process.stdin });
    input.on('line', async (text) => {
        const command = JSON.parse(text);
        try {
            if (command.connect) {
                emit({ id: command.id, type: 'connected', protocol: await chargePoint.connect() });
            } else if (command.answer) {
                answers[command.answer] = command.with;
                emit({ id: command.id, type: 'result', result: {} });
            } else if (command.close) {
                await chargePoint.close();
                emit({ id: command.id, type: 'result', result: {} });
            } else {
                emit({ id: command.id, type: 'result', result: await chargePoint.call(command.call, command.params) });
            }
        } catch (e) {
            emit({ id: command.id, type: 'failed', code: e.rpcErrorCode || e.code || null,
                   status: e.statusCode || null, message: String(e.message) });
        }
    });
    input.on('close', () => chargePoint.end().finally(() => process.exit(0)));
}

module.exports = { emit, drive };

// How the test charge points answer evpair's calls until a test says otherwise (driver.js "answer").
'use strict';

module.exports = {
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

package io.evpair.engine.control;

/**
 * An adapter whose commands wait on a device over the network (an OCPP charge point answers within seconds,
 * or not at all): they are sent off the caller's thread, so the API answers with the PENDING action at once.
 */
public interface AnswersLater extends DeviceAdapter {
}

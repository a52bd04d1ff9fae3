package io.evpair.adapters.ocpp;

/** The CALLERROR codes of OCPP-J 1.6 §4.2.3, spelled as on the wire (including the spec's "Occurence"). */
public enum OcppErrorCode {
    /** The action is not known. */
    NotImplemented,
    /** The action is known but not supported. */
    NotSupported,
    InternalError,
    /** The payload is incomplete. */
    ProtocolError,
    SecurityError,
    /** The frame or payload is not the structure the action needs. */
    FormationViolation,
    /** A field holds a value outside what it allows (e.g. an unknown enum value). */
    PropertyConstraintViolation,
    /** A required field is missing, or there are too few or too many of something. */
    OccurenceConstraintViolation,
    /** A field has the wrong JSON type, e.g. a string where an integer belongs. */
    TypeConstraintViolation,
    GenericError
}

package io.evpair.engine.inference;

/** Who made a pair: the engine from evidence, or the client on its user's word. */
public enum PairSource {
    ENGINE,
    /** Asserted by the client; not re-weighed against evidence, ends when either side unplugs. */
    USER
}

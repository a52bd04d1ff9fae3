package io.evpair.engine.linking;

/** A started link session and its token, which exists in clear only in this answer. */
public record IssuedLink(LinkSession session, String linkToken) {
}

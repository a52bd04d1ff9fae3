package io.evpair.persistence.clients;

import io.evpair.engine.clients.SigningKeyStore;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps one token signing key; the first instance to store one wins, the others adopt it. */
@Component
class JdbcSigningKeyStore implements SigningKeyStore {
    private final JdbcClient jdbc;

    JdbcSigningKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SigningKey> current() {
        return jdbc.sql("select key_id, private_key, public_key from token_signing_key order by created_at, key_id limit 1")
                .query((rs, n) -> new SigningKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
                .optional();
    }

    @Override
    @Transactional
    public SigningKey saveIfAbsent(SigningKey candidate) {
        // An advisory lock makes "is there one? if not, insert" atomic across instances starting together.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('token_signing_key'))").query().singleRow();
        Optional<SigningKey> existing = current();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("insert into token_signing_key (key_id, private_key, public_key) values (?, ?, ?)")
                .params(candidate.keyId(), candidate.privateKeyPkcs8(), candidate.publicKeyX509())
                .update();
        return candidate;
    }
}

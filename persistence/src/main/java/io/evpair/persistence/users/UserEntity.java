package io.evpair.persistence.users;

import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.users.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserEntity {
    @Id
    private UUID id;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserEntity() {
    }

    public User toDomain() {
        return new User(new UserRef(id), new ClientId(clientId), userId, createdAt);
    }

    public UUID getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }
}

package io.evpair.persistence.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<UserEntity, UUID> {
    Optional<UserEntity> findByClientIdAndUserId(UUID clientId, String userId);

    /** Concurrent first sightings of one user must not fail on the unique key: the loser inserts nothing. */
    @Modifying
    @Query(value = """
            insert into app_user (id, client_id, user_id, created_at) values (:id, :clientId, :userId, :createdAt)
            on conflict (client_id, user_id) do nothing""", nativeQuery = true)
    int insertIfAbsent(UUID id, UUID clientId, String userId, Instant createdAt);

    /** Bulk delete, the schema cascading to the user's devices; the cleared context keeps no stale user. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = "delete from app_user where id = :userRef", nativeQuery = true)
    int deleteUser(UUID userRef);

    @Query(value = """
            select distinct d.vendor, 'VEHICLE' as kind, coalesce(not a.needs_relink, true) as valid from vehicle d
                left join vendor_account a on a.user_ref = d.user_ref and a.vendor = d.vendor where d.user_ref = :userRef
            union
            select distinct d.vendor, 'CHARGER' as kind, coalesce(not a.needs_relink, true) as valid from charger d
                left join vendor_account a on a.user_ref = d.user_ref and a.vendor = d.vendor where d.user_ref = :userRef
            order by 1, 2""", nativeQuery = true)
    List<Object[]> linkedVendors(UUID userRef);
}

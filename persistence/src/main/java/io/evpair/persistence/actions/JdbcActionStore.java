package io.evpair.persistence.actions;

import static io.evpair.persistence.sql.ResultSets.instant;
import io.evpair.engine.actions.ActionKind;
import io.evpair.engine.actions.ActionState;
import io.evpair.engine.actions.ActionStore;
import io.evpair.engine.actions.ChargeAction;
import io.evpair.engine.actions.FailureReason;
import io.evpair.engine.actions.FailureType;
import io.evpair.engine.ids.ActionId;
import io.evpair.engine.ids.ClientId;
import io.evpair.engine.ids.DeviceId;
import io.evpair.engine.ids.DeviceType;
import io.evpair.engine.ids.UserRef;
import io.evpair.engine.paging.Page;
import io.evpair.engine.paging.PageCursor;
import io.evpair.engine.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcActionStore implements ActionStore {
    private static final String SELECT = """
            select a.*, u.user_id from charge_action a join app_user u on u.id = a.user_ref
            """;

    private final JdbcClient jdbc;

    JdbcActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ChargeAction a) {
        jdbc.sql("""
                        insert into charge_action (id, client_id, user_ref, target_id, target_type, kind, value, state,
                            created_at, updated_at, completed_at, expires_at, failure_type, failure_detail, failure_device_id,
                            failure_device_type, executor_id, executor_type, attempts, next_attempt_at, last_sent_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id().value(), a.clientId().value(), a.userRef().value(), a.targetId(), a.targetType().name(), a.kind().name(), a.value(),
                        a.state().name(), utc(a.createdAt()), utc(a.updatedAt()), utc(a.completedAt()), utc(a.expiresAt()),
                        failureType(a), failureDetail(a), failureDevice(a), failureDeviceType(a), a.executorId(),
                        name(a.executorType()), a.attempts(), utc(a.nextAttemptAt()), utc(a.lastSentAt()))
                .update();
    }

    @Override
    public boolean update(ChargeAction a) {
        return jdbc.sql("""
                        update charge_action set state = ?, updated_at = ?, completed_at = ?, failure_type = ?,
                            failure_detail = ?, failure_device_id = ?, failure_device_type = ?, executor_id = ?,
                            executor_type = ?, attempts = ?, next_attempt_at = ?, last_sent_at = ?
                        where id = ? and state = 'PENDING'""")
                .params(a.state().name(), utc(a.updatedAt()), utc(a.completedAt()), failureType(a), failureDetail(a),
                        failureDevice(a), failureDeviceType(a), a.executorId(), name(a.executorType()), a.attempts(),
                        utc(a.nextAttemptAt()), utc(a.lastSentAt()), a.id().value())
                .update() == 1;
    }

    @Override
    public Optional<ChargeAction> find(ClientId clientId, ActionId actionId) {
        return jdbc.sql(SELECT + "where a.client_id = ? and a.id = ?").params(clientId.value(), actionId.value())
                .query((rs, n) -> read(rs)).optional();
    }

    @Override
    public List<ChargeAction> pendingOfTarget(DeviceId target) {
        return pending("a.target_id = ?", target.value());
    }

    /** Newest first by createdAt, the id breaking ties; reads one row more to know whether more exist. */
    @Override
    public Page<ChargeAction> ofUser(ClientId clientId, String userId, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(clientId.value(), clientId.value(), userId));
        String where = "a.client_id = ? and u.client_id = ? and u.user_id = ?";
        String order = "a.created_at desc, a.id desc";
        if (page.after().isPresent()) {
            where += " and (a.created_at, a.id) < (?, ?)";
            params.add(utc(page.after().get().createdAt()));
            params.add(page.after().get().id());
        } else if (page.before().isPresent()) {
            where += " and (a.created_at, a.id) > (?, ?)";
            params.add(utc(page.before().get().createdAt()));
            params.add(page.before().get().id());
            order = "a.created_at asc, a.id asc";
        }
        params.add(page.probeSize());
        List<ChargeAction> rows = jdbc.sql(SELECT + "where " + where + " order by " + order + " limit ?")
                .params(params).query((rs, n) -> read(rs)).list();
        return Page.fromProbe(page, rows, a -> new PageCursor(a.createdAt(), a.id().value()));
    }

    @Override
    public List<ChargeAction> pendingOfUser(UserRef userRef) {
        return pending("a.user_ref = ?", userRef.value());
    }

    @Override
    public List<ChargeAction> pendingOfClient(ClientId clientId) {
        return pending("a.client_id = ?", clientId.value());
    }

    @Override
    public boolean claimAttempt(ActionId actionId, int expectedAttempts, Instant sentAt, Instant retryAt) {
        return jdbc.sql("""
                        update charge_action set attempts = attempts + 1, last_sent_at = ?, next_attempt_at = ?, updated_at = ?
                        where id = ? and attempts = ? and state = 'PENDING'""")
                .params(utc(sentAt), utc(retryAt), utc(sentAt), actionId.value(), expectedAttempts)
                .update() == 1;
    }

    private List<ChargeAction> pending(String where, UUID value) {
        return jdbc.sql(SELECT + "where " + where + " and a.state = 'PENDING' order by a.created_at, a.id")
                .param(value).query((rs, n) -> read(rs)).list();
    }

    private static ChargeAction read(ResultSet rs) throws SQLException {
        String failureType = rs.getString("failure_type");
        FailureReason failure = failureType == null ? null : new FailureReason(FailureType.valueOf(failureType),
                rs.getString("failure_detail"), rs.getObject("failure_device_id", UUID.class),
                type(rs.getString("failure_device_type")));
        return ChargeAction.restore(new ActionId(rs.getObject("id", UUID.class)), new ClientId(rs.getObject("client_id", UUID.class)),
                new UserRef(rs.getObject("user_ref", UUID.class)), rs.getString("user_id"), rs.getObject("target_id", UUID.class),
                type(rs.getString("target_type")), ActionKind.valueOf(rs.getString("kind")),
                rs.getObject("value", Double.class), ActionState.valueOf(rs.getString("state")),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "completed_at"),
                instant(rs, "expires_at"), failure, rs.getObject("executor_id", UUID.class),
                type(rs.getString("executor_type")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "last_sent_at"));
    }

    private static DeviceType type(String name) {
        return name == null ? null : DeviceType.valueOf(name);
    }

    private static String name(DeviceType type) {
        return type == null ? null : type.name();
    }

    private static String failureType(ChargeAction a) {
        return a.failureReason() == null ? null : a.failureReason().type().name();
    }

    private static String failureDetail(ChargeAction a) {
        return a.failureReason() == null ? null : a.failureReason().detail();
    }

    private static UUID failureDevice(ChargeAction a) {
        return a.failureReason() == null ? null : a.failureReason().deviceId();
    }

    private static String failureDeviceType(ChargeAction a) {
        return a.failureReason() == null ? null : name(a.failureReason().deviceType());
    }


    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}

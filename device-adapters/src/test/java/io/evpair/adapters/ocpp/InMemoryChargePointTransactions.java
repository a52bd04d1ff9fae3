package io.evpair.adapters.ocpp;

import io.evpair.engine.chargepoints.ChargePointTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link ChargePointTransactions} in memory, for the unit tests. */
final class InMemoryChargePointTransactions implements ChargePointTransactions {
    private final AtomicInteger numbers = new AtomicInteger();
    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized int start(String chargePointId, TransactionStart start) {
        for (Row row : rows) {
            if (row.chargePointId.equals(chargePointId) && start.equals(row.start)) {
                return Integer.parseInt(row.transactionId);
            }
        }
        rows.stream().filter(r -> r.chargePointId.equals(chargePointId) && r.connectorId == start.connectorId())
                .forEach(r -> r.stopped = true);
        int number = numbers.incrementAndGet();
        rows.add(new Row(chargePointId, String.valueOf(number), start.connectorId(), start));
        return number;
    }

    @Override
    public synchronized void seen(String chargePointId, String transactionId, int connectorId, Instant at) {
        if (find(chargePointId, transactionId).isEmpty()) {
            rows.add(new Row(chargePointId, transactionId, connectorId, null));
        }
    }

    @Override
    public synchronized Optional<Integer> stop(String chargePointId, String transactionId, Instant at) {
        Optional<Row> row = find(chargePointId, transactionId);
        row.ifPresent(r -> r.stopped = true);
        return row.map(r -> r.connectorId);
    }

    @Override
    public synchronized List<RunningTransaction> running(String chargePointId) {
        return rows.stream().filter(r -> r.chargePointId.equals(chargePointId) && !r.stopped)
                .map(r -> new RunningTransaction(r.transactionId, r.connectorId,
                        r.start == null ? null : r.start.idTag()))
                .sorted(Comparator.comparingInt(RunningTransaction::connectorId)).toList();
    }

    private Optional<Row> find(String chargePointId, String transactionId) {
        return rows.stream().filter(r -> r.chargePointId.equals(chargePointId)
                && Objects.equals(r.transactionId, transactionId)).findFirst();
    }

    private static final class Row {
        final String chargePointId;
        final String transactionId;
        final int connectorId;
        final TransactionStart start;
        boolean stopped;

        Row(String chargePointId, String transactionId, int connectorId, TransactionStart start) {
            this.chargePointId = chargePointId;
            this.transactionId = transactionId;
            this.connectorId = connectorId;
            this.start = start;
        }
    }
}

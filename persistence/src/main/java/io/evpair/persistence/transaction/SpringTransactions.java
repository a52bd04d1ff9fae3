package io.evpair.persistence.transaction;

import io.evpair.engine.transaction.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The engine's unit of work as a Spring transaction; nested calls join the outer one. */
@Component
class SpringTransactions implements Transactions {
    private final TransactionTemplate template;

    SpringTransactions(TransactionTemplate template) {
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}

package org.reintegration.portal.iati;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A transaction source for tests: it reports the money movements a test recorded for a project, and
 * nothing for any other project, so it stays out of the way of every other test.
 */
@Component
class RecordedTransactions implements IatiTransactionSource {

    private final Map<Long, List<IatiTransaction>> recorded = new ConcurrentHashMap<>();

    void record(long projectId, List<IatiTransaction> transactions) {
        recorded.put(projectId, List.copyOf(transactions));
    }

    void forget(long projectId) {
        recorded.remove(projectId);
    }

    @Override
    public List<IatiTransaction> transactionsOf(long projectId) {
        return recorded.getOrDefault(projectId, List.of());
    }
}

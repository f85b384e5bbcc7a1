package org.palabre.testing;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the transactions Palabre begins while serving requests that carry the {@link #HEADER}, by its value.
 * Palabre begins transactions only through {@code @Transactional}, so the two interceptors that call this, placed
 * just before the platform's own, see every one: a REQUIRED method begins one when none is active, a REQUIRES_NEW
 * method always does.
 */
public final class TransactionsBegun {

    public static final String HEADER = "X-Palabre-Count-Transactions";

    private static final Map<String, AtomicInteger> BY_TAG = new ConcurrentHashMap<>();

    private TransactionsBegun() {}

    public static int of(String tag) {
        AtomicInteger count = BY_TAG.get(tag);
        return count == null ? 0 : count.get();
    }

    static void beginning(
            HttpServletRequest request, TransactionSynchronizationRegistry registry, boolean evenInsideOne) {
        if (!evenInsideOne && registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return;
        }
        String tag;
        try {
            tag = request.getHeader(HEADER);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException notARequest) {
            return; // background work: mail workers, watchers being told
        }
        if (tag != null) {
            BY_TAG.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
        }
    }
}

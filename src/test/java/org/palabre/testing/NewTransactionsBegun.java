package org.palabre.testing;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** Sees {@code @Transactional} (REQUIRES_NEW) methods before the platform does: see {@link TransactionsBegun}. */
@Transactional(Transactional.TxType.REQUIRES_NEW)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class NewTransactionsBegun {

    @Inject
    HttpServletRequest request;

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object count(InvocationContext invocation) throws Exception {
        TransactionsBegun.beginning(request, registry, true);
        return invocation.proceed();
    }
}

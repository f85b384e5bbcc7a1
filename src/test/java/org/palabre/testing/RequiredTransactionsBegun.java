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

/** Sees {@code @Transactional} (REQUIRED) methods before the platform does: see {@link TransactionsBegun}. */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RequiredTransactionsBegun {

    @Inject
    HttpServletRequest request;

    @Resource
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object count(InvocationContext invocation) throws Exception {
        TransactionsBegun.beginning(request, registry, false);
        return invocation.proceed();
    }
}

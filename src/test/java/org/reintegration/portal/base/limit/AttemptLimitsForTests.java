package org.reintegration.portal.base.limit;

import java.time.Clock;
import org.reintegration.portal.base.limit.repository.AttemptCountRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/** A limiter on the portal's database whose clock a test sets, as a second node would have its own. */
public final class AttemptLimitsForTests {

    private AttemptLimitsForTests() {}

    public static AttemptLimits at(Clock clock, ApplicationContext context) {
        return new AttemptLimits(
                context.getBean(AttemptCountRepository.class),
                clock,
                context.getBean(PlatformTransactionManager.class),
                "");
    }
}

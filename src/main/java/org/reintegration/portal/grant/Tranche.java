package org.reintegration.portal.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.reintegration.portal.base.OptionalText;

/**
 * A part of the grant released when its conditions are met. {@code id} and {@code number} are 0 before
 * it is stored; numbers count from 1 per grant.
 *
 * @param conditions the release conditions in words ("first report accepted"), or null
 */
public record Tranche(long id, int number, BigDecimal amount, LocalDate plannedOn, String conditions) {

    public static final int CONDITIONS_MAX = 500;

    public Tranche {
        amount = Money.positive(amount, "amount");
        Objects.requireNonNull(plannedOn, "planned date");
        conditions = OptionalText.of(conditions, CONDITIONS_MAX, "conditions");
    }

    public static Tranche of(BigDecimal amount, LocalDate plannedOn, String conditions) {
        return new Tranche(0, 0, amount, plannedOn, conditions);
    }
}

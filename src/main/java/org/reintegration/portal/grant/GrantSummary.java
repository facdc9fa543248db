package org.reintegration.portal.grant;

import java.math.BigDecimal;

/** A grant as lists show it: with what was paid out and spent, and whether it carries a flag. */
public record GrantSummary(Grant grant, BigDecimal disbursed, BigDecimal spent, boolean flagged) {}

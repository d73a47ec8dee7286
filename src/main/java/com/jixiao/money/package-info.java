/**
 * The month's money: commission by tiers (marginal or whole), performance pay from the band's
 * coefficient, each agent's points, the points pool and its payouts in whole cents by the largest
 * remainder, the payroll line and gross pay, the wage guardrail's warnings, and the annual
 * salary-level review.
 *
 * <p>Every amount is an exact {@link java.math.BigDecimal}, each component rounded half up to the
 * cent ({@link com.jixiao.money.Money}), so gross pay is the exact sum of its parts and the payouts
 * add up to the pool. Pure: records in ({@link com.jixiao.money.MonthMoney#of}), records out.
 *
 * <p>The rules, with worked examples, are in the rule book: docs/rules.md#commission,
 * #performance-pay, #points, #points-pool, #gross-pay, #guardrail and #annual. (English:
 * docs/rules.en.md, the same anchors.)
 */
package com.jixiao.money;

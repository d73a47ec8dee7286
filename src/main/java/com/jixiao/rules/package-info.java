/**
 * Everything a workbook may change about how a month is assessed, with the defaults in one place:
 * the 19 items with their seed weights and groups ({@link com.jixiao.rules.Item}), which role is
 * assessed on which item and with what weight ({@link com.jixiao.rules.WeightTable}, changed by the
 * Rules sheet), the bands and the commission tiers ({@link com.jixiao.rules.RuleSet}, changed by
 * the Bands and Commission sheets), and every named parameter with its key and default ({@link
 * com.jixiao.rules.Param}, changed by the Parameters sheet).
 *
 * <p>The rule book lists them for users: docs/rules.md#items, #roles, #bands, #commission and
 * #parameters (every key and default; a test fails if one is missing). (English: docs/rules.en.md,
 * the same anchors.)
 */
package com.jixiao.rules;

/**
 * Scoring one month: the 19 items of each agent, the group subtotals, the total scaled to 100, its
 * band and the rank of the totals; the quality-inspection counts (fatal, non-fatal, escalated) that
 * the service-attitude item uses; and the history of earlier months, each scored by the same rules,
 * that streaks, quarters and the annual review need.
 *
 * <p>Pure: {@link com.jixiao.assess.MonthInput} records in, {@link com.jixiao.assess.MonthResult}
 * records out; nothing here reads files or knows a workbook. All arithmetic is exact ({@link
 * com.jixiao.assess.Ratio} compares by cross-multiplying), and scores are rounded once, to 2
 * decimals half up.
 *
 * <p>The rules, with their boundaries and worked examples, are in the rule book:
 *
 * <ul>
 *   <li>docs/rules.md#items and one section per item (#item-sales-completion … #item-teamwork):
 *       {@link com.jixiao.assess.ItemRules};
 *   <li>docs/rules.md#roles, #total and #bands: {@link com.jixiao.assess.MonthlyScorer}, {@link
 *       com.jixiao.assess.MonthAssessor};
 *   <li>docs/rules.md#quality (codes and escalation): {@link com.jixiao.assess.QualityCounter},
 *       {@link com.jixiao.assess.QaFinding};
 *   <li>docs/rules.md#rankings (competition ranks 1, 2, 2, 4): {@link
 *       com.jixiao.assess.CompetitionRanks}.
 * </ul>
 *
 * (English: docs/rules.en.md, the same anchors.)
 */
package com.jixiao.assess;

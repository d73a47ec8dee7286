/**
 * What the month's scores mean for a manager: the sales and inquiry-conversion rankings of the
 * presales agents with their rewards and penalties, three months at the bottom, tier classes (尖子班,
 * 普通班, 提升班) and the elimination risk, the team lead check, staffing, and quality-inspection
 * coverage. Everything except the rewards and penalties is an alert: a suggestion, never a change
 * to pay.
 *
 * <p>Pure: the month's input and its {@link com.jixiao.assess.History} in, a {@link
 * com.jixiao.ranking.RankingResult} out ({@link com.jixiao.ranking.RankingAssessor}).
 *
 * <p>The rules, with their boundaries and worked examples, are in the rule book: docs/rules.md
 * #rankings, #rewards, #bottom-streak, #tiers, #elimination, #team-lead, #staffing, #quality
 * (coverage) and #alerts; where the policy is vague, what we decided is marked there and listed
 * under #readings. (English: docs/rules.en.md, the same anchors.)
 */
package com.jixiao.ranking;

/**
 * The month's second pass: the agents' answers to their results (confirmed, objected), the
 * manager's decisions, and what they do. Accepted objections correct the month's input for the run
 * only (a Monthly figure, a QA record voided or recoded, a rated item's level); each objection's
 * effect on its agent's total is measured; pending objections and missing answers are alerts
 * against the 7th working day.
 *
 * <p>Pure: the workbook's {@link com.jixiao.assess.MonthInput}, the deadline and the day counted as
 * today in, the corrected input and a {@link com.jixiao.confirm.SecondPass} out ({@link
 * com.jixiao.confirm.SecondPassAssessor}); "today" is never read from a clock here.
 *
 * <p>The rules are in the rule book: docs/rules.md#second-pass, with the readings listed under
 * #readings. (English: docs/rules.en.md, the same anchors.)
 */
package com.jixiao.confirm;

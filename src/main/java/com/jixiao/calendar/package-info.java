/**
 * Working days and the assessment workflow: which days are working days in mainland China (the
 * official arrangement built in, from {@code cn-holidays.csv}, with the workbook's Holidays sheet
 * on top and plain weekends for a year neither covers), the seven steps of the 10-working-day
 * workflow with their due dates, and the same steps as calendar events ({@code workflow.ics}).
 *
 * <p>The rules, with worked examples, are in the rule book: docs/rules.md#calendar and #workflow.
 * (English: docs/rules.en.md, the same anchors.)
 */
package com.jixiao.calendar;

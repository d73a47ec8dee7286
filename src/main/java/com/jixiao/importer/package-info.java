/**
 * The month's figures from the shop's customer-service analytics exports (the 客服绩效 / 客服数据 reports
 * of the seller back office, 赤兔名品 and similar tools), for {@code jixiao import}. The rules are in
 * docs/import.md; in short:
 *
 * <ul>
 *   <li><b>Files</b> are read by what they hold: .xlsx, or CSV / tab-separated text in UTF-8 (with
 *       or without a byte-order mark), UTF-16 or GB18030/GBK, the encoding decided by a strict
 *       decode test ({@link com.jixiao.importer.TextDecoding}).
 *   <li><b>Headers</b> are found under title rows and matched through the shop's ImportMap sheet,
 *       then the built-in alias table ({@code header-aliases.txt}); every column is reported as
 *       used or ignored, and why ({@link com.jixiao.importer.ColumnPlan}).
 *   <li><b>Rows</b>: totals, repeated headers, notes and other months are skipped and counted;
 *       every cell that cannot be read is a problem with its file, row and column ({@link
 *       com.jixiao.importer.ExportRows}, {@link com.jixiao.importer.ExportValues}).
 *   <li><b>Agents</b> are matched by sub-account, agent ID or name, in tiers; no match or several
 *       is a problem, never a guess ({@link com.jixiao.importer.AgentMatcher}).
 *   <li><b>Combining</b>: counts and money add up over rows and files; rates and averages are
 *       worked out from their parts, never averaged ({@link
 *       com.jixiao.importer.AgentMonthFigures}).
 * </ul>
 *
 * The package knows nothing of the standard workbook's layout: it takes exports, the agents and the
 * month, and returns the figures ({@link com.jixiao.importer.MonthImport}).
 */
package com.jixiao.importer;

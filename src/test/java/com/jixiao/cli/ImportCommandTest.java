package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.importer.ExportFixture;
import com.jixiao.workbook.MiniWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} end to end through the real CLI on real files: the imported workbook is assessed
 * like the same figures typed by hand, every other part is kept byte for byte, and each kind of bad
 * input is exit 2 with a message naming the file and cell, and nothing written.
 */
class ImportCommandTest {
  @TempDir Path dir;

  /** The exit status and what the command printed. */
  record Ran(int exit, String out, String err) {}

  static Ran importing(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
    try {
      List<String> all = new ArrayList<>(List.of("import"));
      all.addAll(List.of(args));
      int exit = Main.execute(all.toArray(String[]::new));
      return new Ran(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** The imported columns of MiniWorkbook's Monthly sheet, by header. */
  static final List<String> IMPORTED = List.of("销售额", "咨询量", "成交量", "订单量", "退单量", "接待人数", "好评数");

  /** MiniWorkbook with sub-accounts for KF001 and KF002 (KF003 and KF004 are found by name). */
  static MiniWorkbook withAccounts() {
    MiniWorkbook w = MiniWorkbook.valid();
    List<List<Object>> agents = w.sheets().get("客服名单");
    agents.get(0).add("子账号");
    agents.get(1).add("测试店:小雨");
    agents.get(2).add("测试店:李四");
    return w;
  }

  /** The same workbook with the period's imported cells blank: what HR has before the import. */
  static MiniWorkbook beforeImport() {
    MiniWorkbook w = withAccounts();
    for (int row = 6; row <= 9; row++) { // 2026-09 rows of KF001..KF004
      for (String header : IMPORTED) {
        w.set("月度数据", row, header, null);
      }
    }
    return w;
  }

  /**
   * September's figures of the presales agents in two half-month GBK CSV files, and of the
   * aftersales agent in an .xlsx, adding up to MiniWorkbook's typed values (sales 100000 / 90000 /
   * 120000 / 0, and for each 400 inquiries, 100 deals, 500 orders, 2 refunds, 2000 receptions, 30
   * good reviews).
   */
  List<Path> exports() throws IOException {
    Object[] header = {"旺旺", "咨询人数", "接待人数", "最终付款人数", "销售额", "销售量", "退款笔数", "好评数", "询单转化率"};
    Path first =
        ExportFixture.table(header)
            .title("客服绩效 2026-09-01 ~ 2026-09-15")
            .row("测试店:小雨", "190", "1,000", "40", "40,000.25", "230", "-", "10", "21%")
            .row("测试店:李四", "190", "1,000", "40", "36,000.50", "230", "1", "10", "21%")
            .row("王五", "190", "1,000", "40", "50,000.00", "230", "1", "10", "21%")
            .footer("合计", "570", "3,000", "120", "126,000.75", "690", "2", "30", "-")
            .gbkCsv(dir.resolve("售前-上半月.csv"));
    Path second =
        ExportFixture.table(header)
            .title("客服绩效 2026-09-16 ~ 2026-09-30")
            .row("测试店:小雨", "210", "1,000", "60", "59,999.75", "270", "2", "20", "29%")
            .row("测试店:李四", "210", "1,000", "60", "53,999.50", "270", "1", "20", "29%")
            .row("王五", "210", "1,000", "60", "70,000", "270", "1", "20", "29%")
            .gbkCsv(dir.resolve("售前-下半月.csv"));
    Path aftersales =
        ExportFixture.table("客服", "咨询人数", "接待人数", "最终付款人数", "销售额", "销售量", "退款笔数", "好评数")
            .title("售后客服数据 2026年9月")
            .row("赵六", 400, 2000, 100, 0, 500, 2, 30)
            .footer("总计", 400, 2000, 100, 0, 500, 2, 30)
            .xlsx(dir.resolve("售后.xlsx"));
    return List.of(first, second, aftersales);
  }

  private List<String> args(List<Path> exports, Path into, String... more) {
    List<String> a = new ArrayList<>();
    exports.forEach(p -> a.add(p.toString()));
    a.add("--into");
    a.add(into.toString());
    a.addAll(List.of(more));
    return a;
  }

  @Test
  @DisplayName("the imported workbook is assessed exactly like the same figures typed by hand")
  void importedEqualsTypedByHand() throws Exception {
    Path typed = withAccounts().save(dir.resolve("typed.xlsx"));
    Path before = beforeImport().save(dir.resolve("before.xlsx"));
    Ran ran = importing(args(exports(), before).toArray(String[]::new));
    assertThat(ran.exit()).as(ran.err()).isZero();
    Path imported = dir.resolve("before.imported.xlsx");
    assertThat(imported).exists();
    List<List<Object>> importedRows = MiniWorkbook.read(imported).sheets().get("月度数据");
    List<List<Object>> typedRows = MiniWorkbook.read(typed).sheets().get("月度数据");
    for (int r = 0; r < typedRows.size(); r++) {
      assertThat(importedRows.get(r)).as("月度数据 row %d", r + 1).isEqualTo(typedRows.get(r));
    }
    assertThat(importedRows).hasSameSizeAs(typedRows);
    assertThat(Main.execute("run", typed.toString(), "--out", dir.resolve("typed").toString()))
        .isZero();
    assertThat(Main.execute("run", imported.toString(), "--out", dir.resolve("imp").toString()))
        .isZero();
    MiniWorkbook a = MiniWorkbook.read(dir.resolve("typed/typed.filled.xlsx"));
    MiniWorkbook b = MiniWorkbook.read(dir.resolve("imp/before.imported.filled.xlsx"));
    for (String sheet : List.of("考核得分", "排名与奖惩", "工资表", "积分奖金", "预警")) {
      assertThat(b.sheets().get(sheet)).as(sheet).isNotEmpty().isEqualTo(a.sheets().get(sheet));
    }
    // the run keeps the import's notes: they are not one of its own output sheets
    assertThat(b.sheets().get("导入说明"))
        .isNotEmpty()
        .isEqualTo(MiniWorkbook.read(imported).sheets().get("导入说明"));
  }

  @Test
  @DisplayName(
      "a sheet of the user's named like the notes is kept; the notes take the next free name")
  void userSheetNamedLikeTheNotes() throws Exception {
    MiniWorkbook w = beforeImport();
    w.sheet("导入说明", MiniWorkbook.row("我的备注"), MiniWorkbook.row("九月要核对退款"));
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Ran ran = importing(args(exports(), wb).toArray(String[]::new));
    assertThat(ran.exit()).isZero();
    assertThat(ran.out()).contains("详见“导入说明 (2)”表");
    Map<String, List<List<Object>>> sheets =
        MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets();
    assertThat(sheets.keySet()).containsExactly("设置", "客服名单", "薪资级别", "月度数据", "导入说明", "导入说明 (2)");
    assertThat(sheets.get("导入说明")).isEqualTo(w.sheets().get("导入说明"));
  }

  @Test
  @DisplayName("every part but the Monthly sheet's is kept byte for byte; the input is not touched")
  void otherPartsByteForByte() throws Exception {
    Path before = beforeImport().save(dir.resolve("wb.xlsx"));
    String digest = sha256(before);
    Path out = dir.resolve("new.xlsx");
    assertThat(
            importing(args(exports(), before, "--out", out.toString()).toArray(String[]::new))
                .exit())
        .isZero();
    assertThat(sha256(before)).isEqualTo(digest);
    Map<String, byte[]> in = parts(before);
    Map<String, byte[]> imported = parts(out);
    Set<String> rewritten =
        Set.of(
            "[Content_Types].xml",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml");
    String monthly = "xl/worksheets/sheet4.xml";
    for (Map.Entry<String, byte[]> part : in.entrySet()) {
      String name = part.getKey();
      if (name.equals(monthly) || rewritten.contains(name)) {
        continue;
      }
      assertThat(imported.get(name)).as(name).isEqualTo(part.getValue());
    }
    assertThat(imported.get(monthly)).isNotEqualTo(in.get(monthly));
    assertThat(imported.keySet()).contains("xl/sharedStrings.xml");
    MiniWorkbook read = MiniWorkbook.read(out);
    assertThat(read.sheets().keySet()).containsExactly("设置", "客服名单", "薪资级别", "月度数据", "导入说明");
  }

  @Test
  @DisplayName(
      "the console and the Import sheet say what went where, what was ignored, what is left")
  void notesAndConsole() throws Exception {
    Path before = beforeImport().save(dir.resolve("wb.xlsx"));
    Ran ran = importing(args(exports(), before).toArray(String[]::new));
    assertThat(ran.exit()).isZero();
    assertThat(ran.out())
        .contains("已导入 2026-09 的数据：3 个表，4 位客服。")
        .contains("更新 4 行，新增 0 行")
        .contains("B 咨询人数 → 咨询量（inquiries）")
        .contains("未导入的列：询单转化率")
        .contains("下一步：");
    List<List<Object>> notes =
        MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets().get("导入说明");
    List<String> lines =
        notes.stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(2)).toList();
    assertThat(lines)
        .contains(
            "列对应|售前-上半月.csv I 询单转化率|未导入：比例或平均值，jixiao 由人数自行计算",
            "客服对应|测试店:小雨|→ KF001（按子账号，2 行）",
            "客服对应|王五|→ KF003（按姓名，2 行）",
            "客服对应|赵六|→ KF004（按姓名，1 行）")
        .anyMatch(l -> l.startsWith("导入|售后.xlsx") || l.startsWith("导入|[售后.xlsx]"));
  }

  @Test
  @DisplayName("rows missing for the month are added; their ratings are listed as still to fill")
  void rowsAppendedAndGapsListed() throws Exception {
    MiniWorkbook w = withAccounts();
    List<List<Object>> monthly = w.sheets().get("月度数据");
    monthly.subList(5, 9).clear(); // no 2026-09 rows at all
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Ran ran = importing(args(exports(), wb).toArray(String[]::new));
    assertThat(ran.exit()).as(ran.err()).isZero();
    assertThat(ran.out())
        .contains("更新 0 行，新增 4 行")
        .contains("专业知识；主管评定，仍为空：KF001, KF002, KF003, KF004（4 行）");
    List<List<Object>> rows =
        MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets().get("月度数据");
    assertThat(rows).hasSize(9);
    assertThat(rows.get(5).subList(0, 3)).containsExactly("KF001", "2026-09", 100000.0);
  }

  @Test
  @DisplayName(
      "an export name matching no agent: exit 2, file, cell, candidates and fix; nothing written")
  void unmatchedAgent() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Path bad = ExportFixture.table("旺旺", "咨询人数").row("测试店:张三丰", "3").gbkCsv(dir.resolve("x.csv"));
    Ran ran = importing(args(List.of(bad), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err())
        .contains("导入未完成：有 1 处问题，未写出新工作簿")
        .contains("1. x.csv!A2：“测试店:张三丰”（共 1 行）与客服名单中的客服都对不上；相近的有：KF001 张三。修改方法：请在“客服名单”的“子账号”列填写")
        .contains("输入的工作簿和导出文件均未被修改");
    assertThat(dir.resolve("wb.imported.xlsx")).doesNotExist();
  }

  @Test
  @DisplayName("an export name matching two agents: exit 2 listing both")
  void ambiguousAgent() throws Exception {
    MiniWorkbook w = beforeImport();
    w.sheets().get("客服名单").get(3).add("店B:小雨"); // KF003 serves shop B as 小雨
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Path bad = ExportFixture.table("旺旺", "咨询人数").row("小雨", "3").gbkCsv(dir.resolve("x.csv"));
    Ran ran = importing(args(List.of(bad), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err()).contains("x.csv!A2：“小雨”（共 1 行）同时对应多位客服：KF001 张三, KF003 王五，无法确定是哪一位");
  }

  @Test
  @DisplayName("unknown headers are ignored and printed; exit 0")
  void unknownHeaders() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Path f =
        ExportFixture.table("旺旺", "咨询人数", "直播间人数").row("王五", "3", "9").gbkCsv(dir.resolve("x.csv"));
    Ran ran = importing(args(List.of(f), wb).toArray(String[]::new));
    assertThat(ran.exit()).isZero();
    assertThat(ran.out()).contains("未导入的列：直播间人数");
    List<List<Object>> notes =
        MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets().get("导入说明");
    assertThat(notes)
        .anyMatch(
            r -> r.get(1).equals("x.csv C 直播间人数") && r.get(2).toString().startsWith("未导入：不认识的表头"));
  }

  @Test
  @DisplayName(
      "a rate given only as a rate in two files: exit 0, not imported, the notice says why")
  void rateOnly() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Path a = ExportFixture.table("旺旺", "满意率").row("王五", "96%").gbkCsv(dir.resolve("a.csv"));
    Path b = ExportFixture.table("旺旺", "满意率").row("王五", "98%").gbkCsv(dir.resolve("b.csv"));
    Ran ran = importing(args(List.of(a, b), wb).toArray(String[]::new));
    assertThat(ran.exit()).isZero();
    assertThat(ran.out())
        .contains("提示：满意度未导入：导出只有比例，没有“满意人数”和“评价人数”两列，而这些客服各有多行（括号内为行数）：KF003 王五 (2)");
    Ran one =
        importing(
            args(List.of(a), wb, "--out", dir.resolve("one.xlsx").toString())
                .toArray(String[]::new));
    assertThat(one.exit()).isZero();
    List<List<Object>> rows = MiniWorkbook.read(dir.resolve("one.xlsx")).sheets().get("月度数据");
    int col = rows.get(0).indexOf("满意度");
    assertThat(rows.get(7).get(col)).isEqualTo(0.96); // KF003's 2026-09 row: one row is the month
  }

  @Test
  @DisplayName("bad cells: exit 2, every one with file, cell, what and how to fix; nothing written")
  void badCells() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Path f =
        ExportFixture.table("旺旺", "咨询人数", "销售额")
            .row("王五", "很多", "1,000")
            .row("张三", "3", "-5")
            .gbkCsv(dir.resolve("坏.csv"));
    Ran ran = importing(args(List.of(f), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err())
        .contains("1. 坏.csv!B2：列“咨询人数”：“很多”不是数字。修改方法：人数、次数请写非负整数")
        .contains("2. 坏.csv!C3：列“销售额”：不能为负数：-5。修改方法：金额请写数字");
    assertThat(dir.resolve("wb.imported.xlsx")).doesNotExist();
  }

  @Test
  @DisplayName(
      "the ImportMap sheet maps a shop's own header; a bad field there is exit 2 at its cell")
  void importMapSheet() throws Exception {
    MiniWorkbook w = beforeImport();
    w.sheet(
        "导入映射",
        MiniWorkbook.row("导出表头", "字段"),
        MiniWorkbook.row("有效咨询", "咨询量"),
        MiniWorkbook.row("客服花名", "agent"));
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Path f = ExportFixture.table("客服花名", "有效咨询").row("王五", "321").gbkCsv(dir.resolve("m.csv"));
    Ran ran = importing(args(List.of(f), wb).toArray(String[]::new));
    assertThat(ran.exit()).as(ran.err()).isZero();
    List<List<Object>> rows =
        MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets().get("月度数据");
    assertThat(rows.get(7).get(rows.get(0).indexOf("咨询量"))).isEqualTo(321.0);

    w.set("导入映射", 2, "字段", "专业知识");
    w.set("导入映射", 3, "字段", "花名");
    Path bad = w.save(dir.resolve("bad.xlsx"));
    Ran refused = importing(args(List.of(f), bad).toArray(String[]::new));
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains("导入映射!B2：“专业知识”由主管评定或手工填写，不能从后台导出导入")
        .contains("导入映射!B3：“花名”不是可导入的字段");
  }

  @Test
  @DisplayName("one sub-account given to two agents is a problem of the Agents sheet")
  void duplicateAccount() throws Exception {
    MiniWorkbook w = beforeImport();
    w.sheets().get("客服名单").get(3).add("测试店:小雨");
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Ran ran = importing(args(exports(), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err()).contains("客服名单!H4：子账号“测试店:小雨”已属于客服 KF001");
  }

  @Test
  @DisplayName("--month imports another month; a month the exports do not have is exit 2")
  void monthOption() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Ran august = importing(args(exports(), wb, "--month", "2026-08").toArray(String[]::new));
    assertThat(august.exit())
        .isZero(); // exports without a date column are taken as the month given
    assertThat(august.out()).contains("已导入 2026-08").contains("标题写的是 2026-09，而导入的月份是 2026-08");
    Ran bad = importing(args(exports(), wb, "--month", "八月").toArray(String[]::new));
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--month “八月”不是月份");
    Path dated =
        ExportFixture.table("日期", "旺旺", "咨询人数")
            .row("2026-08-03", "王五", "3")
            .gbkCsv(dir.resolve("d.csv"));
    Ran none = importing(args(List.of(dated), wb).toArray(String[]::new));
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("导出文件中没有 2026-09 的数据行");
  }

  @Test
  @DisplayName(
      "importing into the imported workbook again replaces its Import sheet; --out may not be the input")
  void importTwice() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    assertThat(importing(args(exports(), wb).toArray(String[]::new)).exit()).isZero();
    Path once = dir.resolve("wb.imported.xlsx");
    Path twice = dir.resolve("twice.xlsx");
    assertThat(
            importing(args(exports(), once, "--out", twice.toString()).toArray(String[]::new))
                .exit())
        .isZero();
    assertThat(MiniWorkbook.read(twice).sheets().keySet())
        .containsExactly("设置", "客服名单", "薪资级别", "月度数据", "导入说明");
    assertThat(MiniWorkbook.read(twice).sheets().get("月度数据"))
        .isEqualTo(MiniWorkbook.read(once).sheets().get("月度数据"));
    Ran same = importing(args(exports(), wb, "--out", wb.toString()).toArray(String[]::new));
    assertThat(same.exit()).isEqualTo(2);
    assertThat(same.err()).contains("就是要导入的工作簿");
  }

  @Test
  @DisplayName("problems of the workbook and of the export files are listed together")
  void workbookAndFileProblemsTogether() throws Exception {
    MiniWorkbook w = beforeImport();
    w.set("设置", 3, "值", null); // no period
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Path html =
        Files.writeString(
            dir.resolve("报表.xls"), "<html><table><tr><td>旺旺</td></tr></table></html>");
    Ran ran = importing(args(List.of(html), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err())
        .contains("有 2 处问题")
        .contains("1. 设置：缺少考核月份")
        .contains("2. 报表.xls：文件 报表.xls 其实是网页（HTML），只是名字像表格。修改方法：请用 Excel 或 WPS 打开它");
    assertThat(dir.resolve("wb.imported.xlsx")).doesNotExist();
  }

  @Test
  @DisplayName("an English workbook gets English messages and an Import sheet")
  void english() throws Exception {
    MiniWorkbook w = beforeImport();
    w.set("设置", 4, "值", "en");
    Path wb = w.save(dir.resolve("wb.xlsx"));
    Path bad =
        ExportFixture.table("Agent", "Inquiries").row("Nobody", "3").gbkCsv(dir.resolve("x.csv"));
    Ran ran = importing(args(List.of(bad), wb).toArray(String[]::new));
    assertThat(ran.exit()).isEqualTo(2);
    assertThat(ran.err())
        .contains("Import not done")
        .contains("x.csv!A2: \"Nobody\" (1 rows) is not the sub-account");
    Ran ok = importing(args(exports(), wb).toArray(String[]::new));
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("Imported 2026-09");
    assertThat(MiniWorkbook.read(dir.resolve("wb.imported.xlsx")).sheets()).containsKey("Import");
  }

  @Test
  @DisplayName("cell text with terminal control characters is printed harmless")
  void controlCharacters() throws Exception {
    Path wb = beforeImport().save(dir.resolve("wb.xlsx"));
    Path f =
        ExportFixture.table("旺旺", "咨询人数", "\u001b[2J清屏")
            .row("王五", "3", "1")
            .gbkCsv(dir.resolve("x.csv"));
    Ran ran = importing(args(List.of(f), wb).toArray(String[]::new));
    assertThat(ran.exit()).isZero();
    assertThat(ran.out()).doesNotContain("\u001b").contains("\uFFFD[2J清屏");
  }

  private static Map<String, byte[]> parts(Path xlsx) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    return parts;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}

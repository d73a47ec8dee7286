package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input through the real CLI: exit status 2, errors.txt naming sheet and cell,
 * what is wrong and how to fix it, nothing else written, and the input file unchanged.
 */
class BadInputTest {
  @TempDir Path dir;

  static Stream<Arguments> brokenWorkbooks() {
    return Stream.of(
        broken("a missing sheet", w -> w.removeSheet("薪资级别"), "薪资级别", "缺少工作表", "请添加名为“薪资级别”的工作表"),
        broken(
            "a missing required column",
            w -> w.renameColumn("客服名单", "姓名", null),
            "客服名单：",
            "缺少必填列“姓名”",
            "请在第 1 行（表头行）添加表头“姓名”"),
        broken(
            "a missing period", w -> w.set("设置", 3, "值", null), "设置：", "缺少考核月份", "考核月份 | 2026-09"),
        broken(
            "a word where a number is needed",
            w -> w.set("月度数据", 2, "销售额", "十万"),
            "月度数据!C2",
            "“十万”不是数字",
            "请填写数字"),
        broken(
            "a negative count",
            w -> w.set("月度数据", 3, "访问量", -5),
            "月度数据!E3",
            "不能为负数：-5",
            "请填写 0 或正数"),
        broken(
            "a level out of range",
            w -> w.set("月度数据", 2, "专业知识", 4),
            "月度数据!L2",
            "等级 4 超出范围 1–3",
            "1 到 3 之间"),
        broken(
            "refund orders above orders",
            w -> w.set("月度数据", 2, "退单量", 600),
            "月度数据!I2",
            "退单量 600 大于订单量 500",
            "退单量不能超过订单量"),
        broken(
            "an unknown agent in Monthly",
            w -> w.set("月度数据", 2, "工号", "KF999"),
            "月度数据!A2",
            "工号 KF999 不在客服名单中",
            "先在客服名单中添加"),
        broken(
            "a duplicate agent_id",
            w -> w.set("客服名单", 3, "工号", "KF001"),
            "客服名单!A3",
            "工号 KF001 重复（第 2 行已有）",
            "工号必须唯一"),
        broken(
            "a duplicate (agent_id, month)",
            w -> w.set("月度数据", 3, "工号", "KF001"),
            "月度数据!B3",
            "工号 KF001 在 2026-08 有两行数据（第 2 行已有）",
            "删除或合并重复的行"),
        broken(
            "a rate written as a plain percent number",
            w -> w.set("月度数据", 2, "主推单品销售比例", 90),
            "月度数据!J2",
            "比例 90 大于 1",
            "请写成 90% 或 0.9"),
        broken(
            "a salary level not in SalaryLevels",
            w -> w.set("客服名单", 2, "薪资级别", 7),
            "客服名单!E2",
            "薪资级别 7 不在薪资级别表中",
            "请改为已有的级别（1, 2）"),
        broken(
            "a month that is not a month",
            w -> w.set("月度数据", 4, "月份", "九月"),
            "月度数据!B4",
            "“九月”不是月份",
            "2026年9月"),
        broken(
            "a missing level for a presales agent",
            w -> w.set("月度数据", 6, "导购能力", null),
            "月度数据!M6",
            "“导购能力”未评级",
            "1 到 4 之间"),
        broken(
            "a presales agent without a sales target",
            w -> w.set("月度数据", 6, "销售目标", 0),
            "月度数据!D6",
            "销售目标必须大于 0",
            "请填写该月的销售目标"),
        broken(
            "an unknown role",
            w -> w.set("客服名单", 2, "岗位", "经理"),
            "客服名单!D2",
            "岗位“经理”无法识别",
            "售前、售后 或 组长"),
        broken(
            "commission tiers out of order",
            w ->
                w.sheet(
                    "提成阶梯",
                    MiniWorkbook.row("起点销售额", "提成比例"),
                    MiniWorkbook.row(0, "1%"),
                    MiniWorkbook.row(100000, "3%"),
                    MiniWorkbook.row(50000, "2%")),
            "提成阶梯!A4",
            "50000 不大于上一行的 100000",
            "从小到大排列"),
        broken(
            "a salary level beyond any integer (4294967297 was once read as level 1)",
            w -> w.set("客服名单", 2, "薪资级别", 4294967297.0),
            "客服名单!E2",
            "整数 4294967297 太大",
            "请填写整数"),
        broken(
            "a period in the year 9999 (its deadlines in year 10000 once crashed the calendar)",
            w -> w.set("设置", 3, "值", "9999-12"),
            "设置!B3",
            "年份 9999 超出范围（1900–9998）",
            "请检查年份是否写错"),
        broken(
            "a header below a title of six rows (once reported as one error per column, each saying row 1)",
            w -> {
              for (int i = 0; i < 6; i++) {
                w.sheets().get("客服名单").add(0, MiniWorkbook.row(i == 0 ? "2026年9月客服名单" : null));
              }
              return w;
            },
            "客服名单：前 5 行中找不到表头",
            "前 5 行中找不到表头",
            "表头须在前 5 行之内（上方可有标题行）：删除多余的标题行或空行，并写出表头 工号、姓名、薪资级别"),
        broken(
            "a missing column under a title row names the header row",
            w -> {
              w.renameColumn("客服名单", "姓名", "名字");
              w.sheets().get("客服名单").add(0, MiniWorkbook.row("2026年9月客服名单"));
              return w;
            },
            "客服名单：缺少必填列“姓名”",
            "缺少必填列“姓名”",
            "请在第 2 行（表头行）添加表头“姓名”"),
        broken(
            "a number too large for any cell (fuzzer: an overflow, exit 1)",
            w -> w.set("月度数据", 3, "访问量", "1e999999999"),
            "月度数据!E3",
            "“1e999999999”不是数字",
            "请填写数字"),
        broken(
            "a month before 1900",
            w -> w.set("月度数据", 2, "月份", "1899-12"),
            "月度数据!B2",
            "年份 1899 超出范围",
            "请检查年份是否写错"),
        broken(
            "an agent whose salary level is not in SalaryLevels",
            w -> w.set("客服名单", 3, "薪资级别", 7),
            "客服名单!E3",
            "薪资级别 7",
            "1, 2"));
  }

  private static Arguments broken(
      String what, UnaryOperator<MiniWorkbook> breakIt, String where, String message, String hint) {
    return Arguments.of(what, breakIt, where, message, hint);
  }

  @ParameterizedTest(name = "{0}: exit 2, errors.txt names the cell and the fix")
  @MethodSource("brokenWorkbooks")
  void aBrokenWorkbookIsReportedCellByCell(
      String what, UnaryOperator<MiniWorkbook> breakIt, String where, String message, String hint)
      throws Exception {
    Path input = breakIt.apply(MiniWorkbook.valid()).save(dir.resolve("broken.xlsx"));
    String report = runExpectingErrors(input);
    assertThat(report).contains(where).contains(message).contains(hint);
  }

  @Test
  void everyProblemIsReportedAtOnceSortedBySheetAndRow() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("月度数据", 5, "销售额", "abc")
            .set("月度数据", 2, "迟到次数", -1)
            .set("客服名单", 3, "薪资级别", 9)
            .save(dir.resolve("many.xlsx"));
    String report = runExpectingErrors(input);
    assertThat(report).contains("有 3 处问题");
    assertThat(report.indexOf("客服名单!E3"))
        .isLessThan(report.indexOf("月度数据!S2"))
        .isGreaterThanOrEqualTo(0);
    assertThat(report.indexOf("月度数据!S2")).isLessThan(report.indexOf("月度数据!C5"));
  }

  @Test
  void everyProblemOfEverySheetIsListedInTheWorkbooksLanguageSortedWithAFixEach() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("设置", 4, "值", "en")
            .append("设置", MiniWorkbook.row("奖金池比例", "abc"))
            .set("月度数据", 7, "专业知识", 5)
            .set("月度数据", 5, "销售额", "abc")
            .set("月度数据", 2, "迟到次数", -1)
            .set("客服名单", 3, "薪资级别", 9)
            .sheet(
                "质检记录",
                MiniWorkbook.row("日期", "工号", "质检项"),
                MiniWorkbook.row("2026-09-01", "KF001", "ZZ"),
                MiniWorkbook.row("2026-09-31", "KF001", "OK"))
            .save(dir.resolve("everything.xlsx"));
    String report = runExpectingErrors(input);
    List<String> lines = report.lines().filter(l -> l.matches("\\d+\\. .*")).toList();
    assertThat(report).startsWith("Workbook everything.xlsx has 7 problems");
    assertThat(lines.stream().map(l -> l.substring(l.indexOf(' ') + 1, l.indexOf(':'))).toList())
        .as("sorted by sheet (in the standard order), then row, then column")
        .containsExactly("设置!B5", "客服名单!E3", "月度数据!S2", "月度数据!C5", "月度数据!L7", "质检记录!C2", "质检记录!A3");
    assertThat(lines).as("each in English with its fix").allMatch(l -> l.contains(". To fix: "));
  }

  @Test
  void anEnglishWorkbookGetsItsErrorsInEnglish() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("设置", 4, "值", "en")
            .set("月度数据", 2, "退单量", 600)
            .save(dir.resolve("english.xlsx"));
    String report = runExpectingErrors(input);
    assertThat(report)
        .contains("月度数据!I2: Refund orders 600 exceed orders 500")
        .contains("To fix: Refund orders cannot exceed orders");
  }

  @Test
  void aFileThatIsNotAWorkbookIsAClearError() throws Exception {
    Path input = dir.resolve("notes.xlsx");
    Files.writeString(input, "agent_id,name\nKF001,张三\n");
    assertThat(runExpectingErrors(input))
        .contains("不是 Excel .xlsx 工作簿")
        .contains("另存为")
        .as("an unopened file has no language: the report is given in both")
        .contains("is not an Excel .xlsx workbook");
  }

  @Test
  void anEmptyFileIsAClearError() throws Exception {
    Path input = Files.createFile(dir.resolve("empty.xlsx"));
    assertThat(runExpectingErrors(input)).contains("是空的");
  }

  @Test
  void aTruncatedWorkbookIsAClearError() throws Exception {
    Path whole = MiniWorkbook.valid().save(dir.resolve("whole.xlsx"));
    byte[] bytes = Files.readAllBytes(whole);
    Path input = dir.resolve("truncated.xlsx");
    Files.write(input, Arrays.copyOf(bytes, bytes.length / 2));
    Files.delete(whole);
    assertThat(runExpectingErrors(input)).contains("已损坏或不完整").contains("重新导出");
  }

  @Test
  void anOldXlsWorkbookIsToldToBeSavedAsXlsx() throws Exception {
    Path input = dir.resolve("old.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(input)) {
      wb.createSheet("设置");
      wb.write(out);
    }
    assertThat(runExpectingErrors(input)).contains("旧版 Excel 97-2003（.xls）").contains("另存为");
  }

  @Test
  void aPasswordProtectedWorkbookIsAClearError() throws Exception {
    Path input = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        XSSFWorkbook wb = MiniWorkbook.valid().build()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(input)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(runExpectingErrors(input)).contains("设置了打开密码").contains("取消密码");
  }

  @Test
  void aMissingFileIsAClearError() throws Exception {
    Path out = dir.resolve("out");
    int status = Main.execute("run", dir.resolve("nope.xlsx").toString(), "--out", out.toString());
    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt"))).contains("找不到文件");
  }

  @Test
  void anOutputFolderThatIsAFileIsRefused() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("ok.xlsx"));
    Path file = Files.writeString(dir.resolve("out.txt"), "not a folder");
    assertThat(Main.execute("run", input.toString(), "--out", file.toString())).isEqualTo(2);
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void validateReportsTheSameProblemsAndWritesNothing() throws Exception {
    Path input = MiniWorkbook.valid().set("月度数据", 2, "退单量", 600).save(dir.resolve("v.xlsx"));
    int status = Main.execute("validate", input.toString());
    assertThat(status).isEqualTo(2);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(input);
    }
  }

  /** Runs the CLI, checks exit 2, only errors.txt written, input unchanged; returns the report. */
  private String runExpectingErrors(Path input) throws IOException {
    String before = sha256(input);
    Path out = dir.resolve("out");
    int status = Main.execute("run", input.toString(), "--out", out.toString());
    assertThat(status).as("exit status").isEqualTo(2);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .as("files written")
          .isEqualTo(List.of("errors.txt"));
    }
    assertThat(sha256(input)).as("input unchanged").isEqualTo(before);
    return Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

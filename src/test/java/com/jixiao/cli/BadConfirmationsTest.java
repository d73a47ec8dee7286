package com.jixiao.cli;

import static com.jixiao.workbook.MiniWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Confirmations / 确认与申诉 sheet with one bad row: each problem is reported with its cell, what is
 * wrong and how to fix it; the run exits 2 and writes errors.txt only. The workbook has one QA
 * record (KF001, 2026-09-10, N2) and an agent KF005 without a Monthly row.
 */
class BadConfirmationsTest {
  private static final List<Object> HEADER =
      row("工号", "状态", "日期", "异议项目", "质检日期", "质检项", "申诉值", "理由", "处理结果", "处理人", "处理日期", "备注");

  @TempDir Path dir;

  static MiniWorkbook workbook(List<?>... confirmations) {
    MiniWorkbook w = MiniWorkbook.valid();
    w.append("客服名单", row("KF005", "孙七", "一组", "售前", 1, null, "在职"));
    w.sheet("质检记录", row("日期", "工号", "质检项"), row("2026-09-10", "KF001", "N2"));
    w.sheet("确认与申诉", HEADER, confirmations);
    return w;
  }

  /** A row of the sheet: agent, status, date, then the objection's columns in order. */
  static List<Object> objection(String agent, Object... columns) {
    Object[] all = Arrays.copyOf(new Object[] {agent, "有异议", "2026-10-13"}, 3 + columns.length);
    System.arraycopy(columns, 0, all, 3, columns.length);
    return row(all);
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(
            "an unknown agent",
            row("KF999", "已确认", "2026-10-13"),
            "确认与申诉!A2",
            "工号 KF999 不在客服名单中",
            "请检查工号是否写错"),
        Arguments.of(
            "an agent not assessed this month",
            row("KF005", "已确认", "2026-10-13"),
            "确认与申诉!A2",
            "在 2026-09 没有月度数据",
            "只有本月参与考核的客服需要确认"),
        Arguments.of(
            "an unknown status",
            row("KF001", "同意吧", "2026-10-13"),
            "确认与申诉!B2",
            "状态“同意吧”无法识别",
            "请填写“已确认”或“有异议”"),
        Arguments.of("no date", row("KF001", "已确认", null), "确认与申诉!C2", "“日期”不能为空", "请填写“日期”"),
        Arguments.of(
            "a confirmation with an objection's columns",
            row("KF001", "已确认", "2026-10-13", "迟到次数"),
            "确认与申诉!D2",
            "状态为已确认，但填写了“异议项目”",
            "请把状态改为“有异议”"),
        Arguments.of(
            "an objection to nothing",
            objection("KF001", null, null, null, 3),
            "确认与申诉!D2",
            "没有写明对什么有异议",
            "请在异议项目中填写月度数据的列名"),
        Arguments.of(
            "an unknown item or field",
            objection("KF001", "奖金", null, null, 1),
            "确认与申诉!D2",
            "异议项目“奖金”既不是月度数据的列，也不是评级项目",
            "请在异议项目中填写月度数据的列名"),
        Arguments.of(
            "an item the rules compute",
            objection("KF001", "销售额完成率", null, null, 1),
            "确认与申诉!D2",
            "考核项目“销售额完成率”的得分由数据计算得出，不能直接修改",
            "请对它所依据的月度数据提出异议：销售额、销售目标"),
        Arguments.of(
            "a claimed value missing",
            objection("KF001", "迟到次数"),
            "确认与申诉!G2",
            "对“迟到次数”有异议，但没有填写申诉值",
            "请在申诉值中填写客服认为正确的“迟到次数”"),
        Arguments.of(
            "a claimed level out of range",
            objection("KF001", "专业知识", null, null, 5),
            "确认与申诉!G2",
            "申诉值不是有效的“专业知识”：等级 5 超出范围 1–3",
            "请填写 1 到 3 之间的整数等级"),
        Arguments.of(
            "a claimed value of the wrong kind",
            objection("KF001", "销售额", null, null, "很多"),
            "确认与申诉!G2",
            "申诉值不是有效的“销售额”：“很多”不是数字",
            "请填写数字"),
        Arguments.of(
            "a claimed value that breaks the row",
            objection("KF001", "退单量", null, null, 600),
            "确认与申诉!G2",
            "按申诉值修改后数据不一致：退单量 600 大于订单量 500",
            "退单量不能超过订单量"),
        Arguments.of(
            "a decision without a decider",
            objection("KF001", "专业知识", null, null, 2, "培训", "通过"),
            "确认与申诉!J2",
            "处理结果为“通过”，但没有填写处理人",
            "请填写作出决定的客服经理姓名"),
        Arguments.of(
            "an unknown decision",
            objection("KF001", "专业知识", null, null, 2, "培训", "再议", "陈"),
            "确认与申诉!I2",
            "处理结果“再议”无法识别",
            "通过、驳回、待处理"),
        Arguments.of(
            "a QA record that does not exist",
            objection("KF001", null, "2026-09-11", "F1"),
            "确认与申诉!F2",
            "质检记录中没有 KF001 在 2026-09-11 的 F1 记录",
            "请对照质检记录表核对质检日期和质检项"),
        Arguments.of(
            "a QA record outside the period",
            objection("KF001", null, "2026-08-10", "N2"),
            "确认与申诉!E2",
            "质检日期 2026-08-10 不在考核月份 2026-09 内",
            "请核对日期"),
        Arguments.of(
            "a passed inspection contested",
            objection("KF001", null, "2026-09-10", "OK"),
            "确认与申诉!F2",
            "是合格记录",
            "请填写被判定的问题代码"),
        Arguments.of(
            "a QA code claimed that does not exist",
            objection("KF001", null, "2026-09-10", "N2", "X9"),
            "确认与申诉!G2",
            "申诉值“X9”不是质检项",
            "留空或写“作废”"),
        Arguments.of(
            "a field and a QA record on one row",
            objection("KF001", "迟到次数", "2026-09-10", "N2", 0),
            "确认与申诉!D2",
            "不能同时填写",
            "一行只对一项提出异议"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRows")
  @DisplayName("a bad Confirmations row is reported with its cell and a fix")
  void aBadRowIsReportedWithItsCellAndAFix(
      String what, List<Object> bad, String cell, String problem, String fix) throws IOException {
    Path input = workbook(bad).save(dir.resolve("bad.xlsx"));
    Captured c = Captured.run("validate", input.toString());
    assertThat(c.status()).isEqualTo(2);
    String line =
        c.err()
            .lines()
            .filter(l -> l.contains(cell))
            .findFirst()
            .orElseThrow(() -> new AssertionError(c.err()));
    assertThat(line).contains(problem).contains("修改方法").contains(fix);
  }

  @Test
  @DisplayName("two accepted objections to one figure: the second is reported at its row")
  void oneFigureOneAcceptedObjection() throws IOException {
    Path input =
        workbook(
                objection("KF002", "迟到次数", null, null, 0, "a", "通过", "陈"),
                objection("KF002", "迟到次数", null, null, 1, "b", "通过", "陈"))
            .save(dir.resolve("twice.xlsx"));
    Captured c = Captured.run("validate", input.toString());
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err()).contains("确认与申诉!D3：KF002 的这项数据已由第 2 行通过的异议修改");
    assertThat(c.err()).doesNotContain("确认与申诉!D2");
  }

  @Test
  @DisplayName("two accepted objections cannot void the one QA record twice")
  void oneRecordOneVoid() throws IOException {
    Path input =
        workbook(
                objection("KF001", null, "2026-09-10", "N2", null, "a", "通过", "陈"),
                objection("KF001", null, "2026-09-10", "N2", "作废", "b", "通过", "陈"))
            .save(dir.resolve("void-twice.xlsx"));
    Captured c = Captured.run("validate", input.toString());
    assertThat(c.status()).isEqualTo(2);
    assertThat(c.err()).contains("确认与申诉!F3：KF001 在 2026-09-10 的 N2 记录只有 1 条");
  }

  @Test
  @DisplayName(
      "run with a bad Confirmations sheet writes errors.txt only and leaves the input as it was")
  void runWritesOnlyTheErrors() throws IOException {
    Path input = workbook(objection("KF001", "奖金", null, null, 1)).save(dir.resolve("bad.xlsx"));
    byte[] before = Files.readAllBytes(input);
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isEqualTo(2);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("errors.txt");
    }
    assertThat(Files.readString(out.resolve("errors.txt"))).contains("确认与申诉!D2");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  @DisplayName("valid rows of every kind pass; of five rows only the incomplete one is reported")
  void validRowsOfEveryKindPass() throws IOException {
    Path input =
        workbook(
                row("KF001", "已确认", "2026-10-13"),
                objection("KF002", "沟通能力", null, null, 2, "培训", null),
                objection("KF003", "late_count", null, null, 1, "打卡机", "驳回", "陈", "2026-10-15"),
                objection("KF001", "质检", "2026-09-10", "N2", "作废", "误判", "通过", "陈"),
                objection("KF004", null, "2026-09-10", null))
            .save(dir.resolve("ok.xlsx"));
    Captured c = Captured.run("validate", input.toString());
    // a confirmation; a pending rated-level claim; a rejected field claim by key; a voided QA
    // finding (contested "质检"); and KF004's QA row without its item: the one problem
    assertThat(c.err().lines().filter(l -> l.contains("确认与申诉!"))).hasSize(1);
    assertThat(c.err()).contains("确认与申诉!F6：“质检项”不能为空");
  }
}

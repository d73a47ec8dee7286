package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.XlsxSurgery;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values a person would never mean: formulas that were never calculated (workbooks written by
 * scripts), shares above 100%, and money beyond any plausible shop.
 */
class UnusualValuesTest {
  @TempDir Path dir;

  private String runExpectingErrors(Path input) throws Exception {
    Path out = dir.resolve("out");
    Captured run = Captured.run("run", input.toString(), "--out", out.toString());
    assertThat(run.status()).as(run.all()).isEqualTo(2);
    return Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("a formula without a saved value is said to be one, with how to fix it")
  void aFormulaWithoutASavedValueIsSaidToBeOne() throws Exception {
    Path mini = MiniWorkbook.valid().save(dir.resolve("mini.xlsx"));
    // as openpyxl writes them: the formula, and an empty value or none
    Path input =
        XlsxSurgery.rewrite(
            mini,
            dir.resolve("script.xlsx"),
            Map.of(
                "xl/worksheets/sheet4.xml",
                (old, out) ->
                    out.write(
                        old.replaceFirst(
                                "<c r=\"C6\"[^>]*>.*?</c>",
                                "<c r=\"C6\"><f>SUM(X1:X9)</f><v></v></c>")
                            .replaceFirst(
                                "<c r=\"D6\"[^>]*>.*?</c>", "<c r=\"D6\"><f>100*1000</f></c>")
                            .getBytes(StandardCharsets.UTF_8))));

    String report = runExpectingErrors(input);

    assertThat(report)
        .contains("月度数据!C6：这是一个没有计算结果的公式")
        .contains("月度数据!D6：这是一个没有计算结果的公式")
        .contains("用 Excel、WPS 或 LibreOffice 打开并保存一次")
        .doesNotContain("销售目标必须大于 0")
        .contains("有 2 处问题");
  }

  @Test
  @DisplayName("satisfaction above 100% is an error; a flagship ratio above 100% is not")
  void satisfactionAbove100PercentIsAnError() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    w.sheets().get("月度数据").get(0).add("满意度");
    w.set("月度数据", 6, "满意度", "120%").set("月度数据", 7, "主推单品销售比例", "120%");
    String report = runExpectingErrors(w.save(dir.resolve("rates.xlsx")));
    assertThat(report)
        .contains("月度数据!AB6：比例 120% 超过了 100%")
        .contains("满意度、提成比例和奖金池比例都在 0% 到 100% 之间")
        .doesNotContain("月度数据!J7")
        .contains("有 1 处问题");
  }

  @Test
  @DisplayName("a points pool rate above 100% is an error in Settings")
  void aPoolRateAbove100PercentIsAnError() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid().append("设置", MiniWorkbook.row("奖金池比例", "150%"));
    assertThat(runExpectingErrors(w.save(dir.resolve("pool.xlsx"))))
        .contains("设置!B5：比例 150% 超过了 100%");
  }

  @Test
  @DisplayName("sales of 10^15 raise a severe alert naming the cell and the agent")
  void implausibleSalesRaiseAnAlertNamingTheCellAndAgent() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("月度数据", 6, "销售额", 1e15)
            .set("薪资级别", 2, "级别工资", 3_000_000)
            .save(dir.resolve("huge.xlsx"));
    Path out = dir.resolve("out");

    Captured run = Captured.run("run", input.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    List<List<Object>> alerts =
        MiniWorkbook.read(out.resolve("huge.filled.xlsx")).sheets().get("预警");
    assertThat(alerts.toString())
        .contains("严重")
        .contains("金额异常")
        .contains("KF001 张三")
        .contains("月度数据!C6：销售额 1,000,000,000,000,000 超出了任何店铺的合理范围（上限 100,000,000）")
        .contains("薪资级别!B2：级别工资 3,000,000 超出了任何店铺的合理范围（上限 1,000,000）");
  }
}

package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthInput;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.workbook.input.WorkbookReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {
  @TempDir Path dir;

  private MonthInput read(MiniWorkbook w) throws Exception {
    ReadResult r = WorkbookReader.read(w.save(dir.resolve("w.xlsx")));
    assertThat(r.errors()).isEmpty();
    return r.input().orElseThrow();
  }

  private MonthlyStats row(MonthInput input, String id, String month) {
    return input.monthly().stream()
        .filter(m -> m.agentId().equals(id) && m.month().equals(YearMonth.parse(month)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSmallWorkbookReadsIntoRecords() throws Exception {
    MonthInput input = read(MiniWorkbook.valid());
    assertThat(input.settings().period()).isEqualTo(YearMonth.of(2026, 9));
    assertThat(input.settings().language()).isEqualTo(Language.ZH);
    assertThat(input.settings().store()).isEqualTo("测试店");
    assertThat(input.agents())
        .extracting(a -> a.role())
        .containsExactly(Role.PRESALES, Role.PRESALES, Role.LEAD, Role.AFTERSALES);
    assertThat(input.monthly()).hasSize(8);
    assertThat(row(input, "KF001", "2026-09").get(Metric.FLAGSHIP_RATIO))
        .isEqualByComparingTo("0.9");
    assertThat(input.salaryLevels()).containsKeys(1, 2);
  }

  @Test
  void englishSheetAndHeaderNamesInAnyCaseAndSpacingAreTheSameSheets() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .renameSheet("设置", "SETTINGS")
            .renameSheet("客服名单", "agents")
            .renameSheet("薪资级别", "Salary Levels")
            .renameSheet("月度数据", " monthly ")
            .renameColumn("agents", "工号", "Agent ID")
            .renameColumn("agents", "薪资级别", "salary_level")
            .renameColumn(" monthly ", "工号", "AGENT_ID")
            .renameColumn(" monthly ", "销售额", " Sales ")
            .renameColumn(" monthly ", "主推单品销售比例", "flagship ratio")
            .renameColumn("Salary Levels", "级别工资", "Level Wage");
    MonthInput input = read(w);
    assertThat(row(input, "KF003", "2026-09").get(Metric.SALES)).isEqualByComparingTo("120000");
    assertThat(input.salaryLevels().get(2).levelWage()).isEqualByComparingTo("4000");
  }

  @Test
  void columnOrderDoesNotMatterAndUnknownColumnsAreIgnored() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    XSSFWorkbook wb = w.build();
    Sheet agents = wb.getSheet("客服名单");
    agents.shiftColumns(0, 6, 2);
    agents.getRow(0).createCell(0).setCellValue("备注");
    agents.getRow(1).createCell(0).setCellValue("老员工");
    Path file = dir.resolve("shifted.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    ReadResult r = WorkbookReader.read(file);
    assertThat(r.errors()).isEmpty();
    assertThat(r.input().orElseThrow().agents().get(0).id()).isEqualTo("KF001");
  }

  @Test
  void numbersAreReadFromCurrencyTextFullWidthDigitsAndFormulaCaches() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .set("月度数据", 6, "销售额", "¥98,765.40")
            .set("月度数据", 7, "访问量", "１２３４")
            .set("月度数据", 6, "主推单品销售比例", "85%")
            .set("月度数据", 7, "月份", "2026年9月");
    XSSFWorkbook wb = w.build();
    Cell target = wb.getSheet("月度数据").getRow(7).getCell(3);
    target.setCellFormula("ROUND(50000*2,0)");
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    Path file = dir.resolve("forms.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    ReadResult r = WorkbookReader.read(file);
    assertThat(r.errors()).isEmpty();
    MonthInput input = r.input().orElseThrow();
    assertThat(row(input, "KF001", "2026-09").get(Metric.SALES)).isEqualByComparingTo("98765.40");
    assertThat(row(input, "KF001", "2026-09").get(Metric.FLAGSHIP_RATIO))
        .isEqualByComparingTo("0.85");
    assertThat(row(input, "KF002", "2026-09").get(Metric.VISITORS)).isEqualByComparingTo("1234");
    assertThat(row(input, "KF003", "2026-09").get(Metric.SALES_TARGET))
        .isEqualByComparingTo("100000");
  }

  @Test
  void aDateCellIsTheMonthItFallsIn() throws Exception {
    MonthInput input = read(MiniWorkbook.valid().set("月度数据", 6, "月份", LocalDate.of(2026, 9, 15)));
    assertThat(row(input, "KF001", "2026-09")).isNotNull();
  }

  @Test
  void aFormulaShowingAnErrorIsReportedWithItsCell() throws Exception {
    XSSFWorkbook wb = MiniWorkbook.valid().build();
    wb.getSheet("月度数据").getRow(5).getCell(2).setCellFormula("1/0");
    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
    Path file = dir.resolve("div0.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    ReadResult r = WorkbookReader.read(file);
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.where()).isEqualTo("月度数据!C6");
              assertThat(e.what().key()).isEqualTo("error.value.formula_error");
              assertThat(e.what().args()).containsExactly("#DIV/0!");
            });
  }

  @Test
  void aNumberCellFormattedAsPercentIsAFractionEvenAboveOne() throws Exception {
    XSSFWorkbook wb = MiniWorkbook.valid().build();
    Cell cell = wb.getSheet("月度数据").getRow(5).getCell(9);
    cell.setCellValue(1.2);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
    cell.setCellStyle(percent);
    Path file = dir.resolve("percent.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    MonthInput input = WorkbookReader.read(file).input().orElseThrow();
    assertThat(row(input, "KF001", "2026-09").get(Metric.FLAGSHIP_RATIO))
        .isEqualByComparingTo("1.2");
  }

  @Test
  void theParametersRulesAndBandsSheetsOverrideTheDefaults() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .sheet(
                "参数",
                MiniWorkbook.row("项目", "值"),
                MiniWorkbook.row("inquiries.standard", 500),
                MiniWorkbook.row("rewards.sales_top", "500,300,100"),
                MiniWorkbook.row("personal_share.low", "8%"))
            .sheet(
                "考核规则",
                MiniWorkbook.row("考核项目", "权重"),
                MiniWorkbook.row("销售额完成率", 25),
                MiniWorkbook.row("teamwork", 8))
            .sheet(
                "考核档位",
                MiniWorkbook.row("最低分", "绩效系数", "级别调整", "建议"),
                MiniWorkbook.row(95, 1.5, 2, "重点培养"),
                MiniWorkbook.row(0, 0.5, 0, "观察"));
    MonthInput input = read(w);
    assertThat(input.rules().params().number(Param.INQUIRIES_STANDARD)).isEqualByComparingTo("500");
    assertThat(input.rules().params().moneyList(Param.REWARDS_SALES_TOP))
        .extracting(BigDecimal::intValue)
        .containsExactly(500, 300, 100);
    assertThat(input.rules().params().number(Param.PERSONAL_SHARE_LOW))
        .isEqualByComparingTo("0.08");
    assertThat(input.rules().weights().weight(Role.PRESALES, Item.SALES_COMPLETION))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("25"));
    assertThat(input.rules().weights().weight(Role.AFTERSALES, Item.SALES_COMPLETION)).isEmpty();
    assertThat(input.rules().weights().weight(Role.AFTERSALES, Item.TEAMWORK))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8"));
    assertThat(input.rules().weights().weight(Role.LEAD, Item.REPORTS))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4"));
    assertThat(input.rules().bandOf(new BigDecimal("96")).coefficient())
        .isEqualByComparingTo("1.5");
    assertThat(input.rules().bandOf(new BigDecimal("94.99")).action()).isEqualTo("观察");
  }

  @Test
  void perRoleWeightColumnsDecideWhoIsAssessedOnWhat() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .sheet(
                "考核规则",
                MiniWorkbook.row("考核项目", "售前", "售后", "组长"),
                MiniWorkbook.row("咨询量", 5, null, 10),
                MiniWorkbook.row("flagship", 5, 5, 0));
    MonthInput input = read(w);
    assertThat(input.rules().weights().weight(Role.AFTERSALES, Item.INQUIRIES)).isEmpty();
    assertThat(input.rules().weights().weight(Role.LEAD, Item.INQUIRIES))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10"));
    assertThat(input.rules().weights().weight(Role.AFTERSALES, Item.FLAGSHIP)).isPresent();
    assertThat(input.rules().weights().weight(Role.LEAD, Item.FLAGSHIP)).isEmpty();
  }

  @Test
  void anUnknownParameterOrBadParameterValueIsAnErrorWithTheKnownKeys() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .sheet(
                "参数",
                MiniWorkbook.row("项目", "值"),
                MiniWorkbook.row("inquiry.standard", 500),
                MiniWorkbook.row("commission.mode", "progressive"));
    ReadResult r = WorkbookReader.read(w.save(dir.resolve("p.xlsx")));
    assertThat(r.errors()).extracting(InputError::where).containsExactly("参数!A2", "参数!B3");
    assertThat(r.errors().get(0).hint().args().get(0).toString()).contains("inquiries.standard");
  }

  @Test
  void monthlyRowsAfterThePeriodAreIgnoredWithAWarning() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    w.append("月度数据", new ArrayList<>(List.of("KF001", "2026-10", 5, 5)));
    w.set("月度数据", 10, "专业知识", 3)
        .set("月度数据", 10, "导购能力", 3)
        .set("月度数据", 10, "沟通能力", 3)
        .set("月度数据", 10, "灵活应变能力", 3)
        .set("月度数据", 10, "责任感", 3);
    ReadResult r = WorkbookReader.read(w.save(dir.resolve("future.xlsx")));
    assertThat(r.errors()).isEmpty();
    assertThat(r.input().orElseThrow().monthly()).hasSize(8);
    assertThat(r.alerts()).extracting(a -> a.type()).contains("future_rows");
  }

  @Test
  void anActiveAgentWithoutDataThisMonthIsWarnedAbout() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    w.append("客服名单", MiniWorkbook.row("KF005", "新人", "一组", "售前", 1));
    ReadResult r = WorkbookReader.read(w.save(dir.resolve("new.xlsx")));
    assertThat(r.alerts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.type()).isEqualTo("no_period_row");
              assertThat(a.subject()).isEqualTo("KF005 新人");
            });
  }

  @Test
  void blankRowsBetweenAndAfterTheDataAreSkipped() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    w.append("客服名单", MiniWorkbook.row((Object) null));
    w.append("客服名单", MiniWorkbook.row("", " ", null));
    assertThat(read(w).agents()).hasSize(4);
  }
}

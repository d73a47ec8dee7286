package com.jixiao.cli;

import static com.jixiao.workbook.MiniWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.PdfText;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.XlsxSurgery;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that are harmless in the workbook but dangerous downstream: formula injection into the
 * filled workbook, agent IDs that are paths or device names, control characters and strings longer
 * than a cell can hold.
 */
@Timeout(120)
class DangerousValuesTest {
  static final List<String> FORMULA_LIKE =
      List.of("=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "=HYPERLINK(\"http://x\",\"y\")");
  static final List<String> PATH_LIKE =
      List.of("../../etc/x", "CON", "a/b", "..", "..\\..\\win", "/abs", "NUL.txt");

  @TempDir Path dir;

  /** A presales agent and their period row, like KF001. */
  static MiniWorkbook withAgent(MiniWorkbook w, String id, String name, String email) {
    w.append("客服名单", row(id, name, "一组", "售前", 1, email, "在职"));
    w.append(
        "月度数据",
        row(
            id, "2026-09", 100000, 100000, 5000, 400, 100, 500, 2, 0.9, 0, 3, 4, 3, 3, 4, 22, 0, 0,
            0, 0, 2, 2, 0, 0, 2000, 30));
    return w;
  }

  @Test
  void formulaLikeNamesAndIdsAreWrittenAsTextNeverAsFormulas() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid().set("设置", 2, "值", "=cmd|' /C calc'!A0");
    int n = 0;
    for (String s : FORMULA_LIKE) {
      withAgent(w, s, s, "f" + n++ + "@example.com");
    }
    Path out = run(w, "inject");
    try (InputStream in = Files.newInputStream(out.resolve("inject.filled.xlsx"));
        XSSFWorkbook filled = new XSSFWorkbook(in)) {
      List<String> seen = new ArrayList<>();
      for (Sheet sheet : filled) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertThat(cell.getCellFormula())
                  .as(sheet.getSheetName() + "!" + cell.getAddress() + " may only be a total")
                  .matches("SUM\\([A-Z]+\\d+:[A-Z]+\\d+\\)");
            } else if (cell.getCellType() == CellType.STRING
                && FORMULA_LIKE.contains(cell.getStringCellValue())) {
              seen.add(sheet.getSheetName());
            }
          }
        }
      }
      assertThat(seen).as("the values are there, as text").contains("考核得分", "工资表", "排名与奖惩");
    }
    String card = PdfText.of(out.resolve("scorecards").resolve("_HYPERLINK__http___x___y__.pdf"));
    assertThat(card).contains("=HYPERLINK(\"http://x\",\"y\")");
    assertThat(Files.readString(out.resolve("workflow.ics"), StandardCharsets.UTF_8))
        .as("the store name in the calendar is plain text")
        .contains("=cmd|' /C calc'!A0");
  }

  @Test
  void agentIdsThatArePathsNeverMakeAFileOutsideTheirFolder() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    int n = 0;
    for (String id : PATH_LIKE) {
      withAgent(w, id, "路径" + n, "p" + n++ + "@example.com");
    }
    Path out = run(w, "paths");
    try (Stream<Path> cards = Files.list(out.resolve("scorecards"))) {
      assertThat(cards.filter(Files::isRegularFile).count())
          .as("one scorecard per agent, all in scorecards/")
          .isEqualTo(4 + PATH_LIKE.size());
    }
    assertThat(Main.execute("mail", out.toString())).as("mail writes .eml files").isZero();
    try (Stream<Path> mails = Files.list(out.resolve("outbox"))) {
      assertThat(mails.filter(p -> p.toString().endsWith(".eml")).count())
          .as("one mail per agent with an email and a scorecard, all in outbox/")
          .isEqualTo(1 + PATH_LIKE.size());
    }
    List<String> everywhere;
    try (Stream<Path> all = Files.walk(dir)) {
      everywhere = all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).toList();
    }
    assertThat(everywhere)
        .as("every file is the input or in out/, out/scorecards/ or out/outbox/")
        .allMatch(
            p ->
                p.equals("paths.xlsx")
                    || p.matches("out/[^/]+")
                    || p.matches("out/(scorecards|outbox)/[^/]+"));
    assertThat(dir.getParent().resolve("etc")).doesNotExist();
  }

  @Test
  void controlCharactersAndAFortyThousandCharacterNameDoNotBreakAnyOutput() throws Exception {
    MiniWorkbook w =
        withAgent(
            MiniWorkbook.valid(), "KF\u0001X", "控\u0007制\u001B字\u0000符\uFFFE", "c@example.com");
    w.set("设置", 2, "值", "店\u0002铺\n第二行\t制表");
    Path valid = w.save(dir.resolve("plain.xlsx"));
    Random random = new Random(9);
    StringBuilder b = new StringBuilder();
    while (b.length() < 40_000) {
      b.append((char) (0x4E00 + random.nextInt(0x5000))); // random CJK: compresses like a real name
    }
    String longName = b.toString();
    Path input =
        XlsxSurgery.rewrite(
            valid,
            dir.resolve("long.xlsx"),
            Map.of(
                "xl/sharedStrings.xml",
                (old, o) ->
                    o.write(
                        old.replace("<t>张三</t>", "<t>" + longName + "</t>")
                            .getBytes(StandardCharsets.UTF_8))));
    Path out = dir.resolve("out");
    int status = Main.execute("run", input.toString(), "--out", out.toString());
    assertThat(status).isZero();
    assertThat(CompleteOutput.check(out, "long.xlsx")).isTrue();
    try (InputStream in = Files.newInputStream(out.resolve("long.filled.xlsx"));
        XSSFWorkbook filled = new XSSFWorkbook(in)) {
      Sheet scores = filled.getSheet("考核得分");
      assertThat(scores.getRow(1).getCell(1).getStringCellValue())
          .as("cut to Excel's 32,767 characters")
          .hasSize(32_767);
    }
  }

  private Path run(MiniWorkbook w, String name) throws Exception {
    Path input = w.save(dir.resolve(name + ".xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    assertThat(CompleteOutput.check(out, name + ".xlsx")).isTrue();
    return out;
  }
}

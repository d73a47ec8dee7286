package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.bench.BenchWorkbook;
import com.jixiao.cli.Main;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team summary longer than a page: every page can be read on its own. */
class TeamSummaryPagesTest {
  private static final Pattern RANKING_ROW = Pattern.compile("(?m)^\\s*\\d+ KF\\d{5} ");

  @TempDir Path dir;

  @Test
  @DisplayName(
      "the ranking of 70 agents continues over pages, each with the table's header row, and every"
          + " footer says the period's last day is the period's end, not when it was made")
  void aLongRankingRepeatsItsHeaderOnEveryPage() throws Exception {
    Path input = BenchWorkbook.write(70, 2, dir.resolve("seventy.xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();

    List<String> pages = PdfText.byPage(out.resolve("team-summary.pdf"));
    List<String> withRanking = pages.stream().filter(p -> RANKING_ROW.matcher(p).find()).toList();
    assertThat(withRanking).as("pages with rows of the ranking").hasSizeGreaterThan(1);
    for (String page : withRanking) {
      assertThat(page).contains("排名 工号 姓名 小组 岗位 总分 绩效系数");
    }
    for (String page : pages) {
      assertThat(page).contains("考核期截至 2026-09-30").doesNotContain("生成日期");
    }
  }
}

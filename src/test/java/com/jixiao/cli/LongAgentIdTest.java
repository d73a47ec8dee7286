package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent_id of 200 Chinese characters (once, its scorecard's name was too long for the disk, exit
 * 1 with a Chinese message on an English workbook, a hidden staging folder left behind).
 */
class LongAgentIdTest {
  private static final String LONG_ID = "客服".repeat(100);

  @TempDir Path dir;

  @Test
  @DisplayName("a 200-character agent_id gets a shortened scorecard name, and mail finds it")
  void aLongAgentIdGetsAShortenedScorecardThatMailFinds() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("客服名单", 2, "工号", LONG_ID)
            .set("月度数据", 2, "工号", LONG_ID)
            .set("月度数据", 6, "工号", LONG_ID)
            .save(dir.resolve("long.xlsx"));
    Path out = dir.resolve("out");

    Captured run = Captured.run("run", input.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.all()).isZero();
    assertThat(CompleteOutput.check(out, "long.xlsx")).isTrue();
    List<String> cards;
    try (Stream<Path> s = Files.list(out.resolve("scorecards"))) {
      cards = s.map(p -> p.getFileName().toString()).toList();
    }
    String card =
        cards.stream().filter(n -> n.startsWith("客服")).findFirst().orElseThrow(AssertionError::new);
    assertThat(card).matches("(客服)+客?-[0-9a-f]{8}\\.pdf");
    assertThat(card.getBytes(StandardCharsets.UTF_8).length).isLessThan(200);

    Captured mail = Captured.run("mail", out.toString(), "--dry-run");
    assertThat(mail.status()).as(mail.all()).isZero();
    assertThat(mail.out()).contains(card).doesNotContain("没有考核表");
  }
}

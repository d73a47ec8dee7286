package com.jixiao.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.ScorecardFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FileNamesTest {
  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  @DisplayName("a stem that fits is kept as it is")
  void aStemThatFitsIsKept() {
    String stem = "客".repeat(FileNames.MAX_STEM_BYTES / 3);
    assertThat(FileNames.fit(stem)).isEqualTo(stem);
    assertThat(FileNames.fit("KF001")).isEqualTo("KF001");
  }

  @Test
  @DisplayName(
      "200 Chinese characters (600 bytes) become whole characters and a hash, within budget")
  void aLongChineseStemIsShortenedWithAHash() {
    String id = "客服".repeat(100);
    String name = FileNames.fit(id);
    assertThat(bytes(name)).isLessThanOrEqualTo(FileNames.MAX_STEM_BYTES);
    assertThat(name).matches("(客服)+客?-[0-9a-f]{8}");
    assertThat(FileNames.fit(id)).as("the same stem, the same name").isEqualTo(name);
  }

  @Test
  @DisplayName("two long stems that begin alike get different names")
  void longStemsThatBeginAlikeStayApart() {
    String common = "客".repeat(100);
    assertThat(FileNames.fit(common + "一")).isNotEqualTo(FileNames.fit(common + "二"));
  }

  @Test
  @DisplayName("a 4-byte character is never cut in half")
  void surrogatePairsStayWhole() {
    String name = FileNames.fit("😀".repeat(100));
    assertThat(name).matches("(😀)+-[0-9a-f]{8}");
    assertThat(bytes(name)).isLessThanOrEqualTo(FileNames.MAX_STEM_BYTES);
  }

  @Test
  @DisplayName("scorecards of long agent IDs have names a disk accepts, all different")
  void scorecardNamesOfLongIdsFitAndDiffer() {
    String common = "客服".repeat(100);
    List<String> names = ScorecardFiles.names(List.of(common + "A", common + "B", "KF001"));
    assertThat(names).doesNotHaveDuplicates();
    assertThat(names).allMatch(n -> bytes(n) <= 255 - ".part".length() - 30);
    assertThat(names.get(2)).isEqualTo("KF001.pdf");
  }
}

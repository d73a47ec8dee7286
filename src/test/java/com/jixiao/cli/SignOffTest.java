package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.files.Folders;
import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sign-off through the real CLI: finalize writes a manifest and changes nothing else; verify finds
 * a one-byte change in any output, a missing or an added file; a run into the final folder is
 * refused with nothing written, unless --reopen "reason" makes the next version.
 */
class SignOffTest {
  @TempDir Path dir;
  Path input;
  Path out;

  @BeforeEach
  void runAndFinalize() throws IOException {
    input = MiniWorkbook.valid().save(dir.resolve("month.xlsx"));
    out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
  }

  /** Every file of the folder by relative path → its bytes. */
  private static Map<String, byte[]> snapshot(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSame(Map<String, byte[]> a, Map<String, byte[]> b) {
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  @DisplayName("finalize adds manifest.txt and changes no other file; verify then says unchanged")
  void finalizeChangesNothingElse() throws IOException {
    Map<String, byte[]> before = snapshot(out);
    Captured f = Captured.run("finalize", out.toString(), "--by", "人事 李");
    assertThat(f.status()).isZero();
    assertThat(f.out()).contains("已定稿").contains("第 1 版");
    Map<String, byte[]> after = snapshot(out);
    assertThat(after.remove("manifest.txt")).isNotNull();
    assertSame(before, after);
    String manifest = Files.readString(out.resolve("manifest.txt"), StandardCharsets.UTF_8);
    assertThat(manifest)
        .contains("finalized_by: 人事 李")
        .contains("version: 1")
        .contains("period: 2026-09")
        .contains("input: month.xlsx")
        .containsPattern("input_sha256: [0-9a-f]{64}")
        .containsPattern("rules_sha256: [0-9a-f]{64}")
        .containsPattern("template: [0-9a-f]{64} scorecard.ftlx")
        .containsPattern("[0-9a-f]{64}  scorecards/KF001.pdf")
        .containsPattern("[0-9a-f]{64}  month.filled.xlsx")
        .containsPattern("[0-9a-f]{64}  run-record.txt");
    Captured v = Captured.run("verify", out.toString());
    assertThat(v.status()).isZero();
    assertThat(v.out()).contains("未改动");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "month.filled.xlsx",
        "workflow.ics",
        "team-summary.pdf",
        "scorecards/KF003.pdf",
        "run-record.txt"
      })
  @DisplayName("verify finds a one-byte change in any output and names it (exit 1)")
  void verifyFindsAOneByteChange(String file) throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Path target = out.resolve(file);
    byte[] bytes = Files.readAllBytes(target);
    int at = bytes.length / 2;
    bytes[at] = (byte) (bytes[at] ^ 0x01);
    Files.write(target, bytes);
    Captured v = Captured.run("verify", out.toString());
    assertThat(v.status()).isEqualTo(1);
    assertThat(v.out()).contains("已改动：" + file).contains("与定稿时不一致");
    assertThat(v.out().lines().filter(l -> l.startsWith("已改动"))).hasSize(1);
  }

  @Test
  @DisplayName("verify names missing and added files; mail's log and .eml files do not count")
  void verifyFindsMissingAndAddedFiles() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Files.writeString(out.resolve("mail-sent.log"), "sent\n");
    Files.createDirectories(out.resolve("outbox"));
    Files.writeString(out.resolve("outbox/KF001.eml"), "mail\n");
    assertThat(Main.execute("verify", out.toString())).isZero();
    Files.delete(out.resolve("scorecards/KF002.pdf"));
    Files.writeString(out.resolve("scorecards/KF099.pdf"), "%PDF-1.4 fake");
    Captured v = Captured.run("verify", out.toString());
    assertThat(v.status()).isEqualTo(1);
    assertThat(v.out())
        .contains("已缺失：scorecards/KF002.pdf")
        .contains("定稿后新增：scorecards/KF099.pdf")
        .contains("2 处");
  }

  @Test
  @DisplayName("an added file's name reaches the console without its control characters")
  void addedFileNamesAreShownSafely() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Files.writeString(out.resolve("x\u001b[2Jy.txt"), "sneaky");
    Captured v = Captured.run("verify", out.toString());
    assertThat(v.status()).isEqualTo(1);
    assertThat(v.out()).contains("定稿后新增：x?[2Jy.txt").doesNotContain("\u001b");
  }

  @Test
  @DisplayName("a manifest edited by hand is found: its fingerprint no longer matches its lines")
  void verifyFindsAnEditedManifest() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Path manifest = out.resolve("manifest.txt");
    Files.writeString(
        manifest,
        Files.readString(manifest, StandardCharsets.UTF_8).replace("version: 1", "version: 7"),
        StandardCharsets.UTF_8);
    Captured v = Captured.run("verify", out.toString());
    assertThat(v.status()).isEqualTo(1);
    assertThat(v.out()).contains("manifest.txt 本身被改动过");
  }

  @Test
  @DisplayName(
      "a run into a final folder is refused (exit 2) and writes nothing, not even errors.txt")
  void aRunIntoAFinalFolderIsRefused() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Map<String, byte[]> before = snapshot(out);
    Captured r = Captured.run("run", input.toString(), "--out", out.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("已定稿（第 1 版").contains("--reopen").contains("第 2 版");
    assertSame(before, snapshot(out));
    // and so is a broken workbook: the refusal comes before reading it
    Path broken = MiniWorkbook.valid().removeSheet("设置").save(dir.resolve("broken.xlsx"));
    assertThat(Main.execute("run", broken.toString(), "--out", out.toString())).isEqualTo(2);
    assertSame(before, snapshot(out));
  }

  @Test
  @DisplayName(
      "--reopen records the reason, makes version 2 compared with the final one, keeps the old manifest")
  void reopenMakesTheNextVersion() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    String oldManifest = Files.readString(out.resolve("manifest.txt"), StandardCharsets.UTF_8);
    Path corrected = MiniWorkbook.valid().set("月度数据", 9, "迟到次数", 2).save(dir.resolve("month.xlsx"));
    Captured r =
        Captured.run("run", corrected.toString(), "--out", out.toString(), "--reopen", "考勤更正");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("第 2 版");
    assertThat(out.resolve("manifest.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve("manifest-v1.txt"), StandardCharsets.UTF_8))
        .isEqualTo(oldManifest);
    String record = Files.readString(out.resolve("run-record.txt"), StandardCharsets.UTF_8);
    assertThat(record)
        .contains("version: 2\n")
        .contains("reopened: 考勤更正\n")
        .containsPattern("previous: 1 [0-9a-f]{64} month.filled.xlsx")
        .contains("changed: KF004\n");
    assertThat(Main.execute("verify", out.toString())).isEqualTo(2); // not final yet
    assertThat(Main.execute("finalize", out.toString())).isZero();
    assertThat(Main.execute("verify", out.toString())).isZero();
  }

  @Test
  @DisplayName(
      "finalize refuses a final folder, a folder whose last run failed, and one without a run")
  void finalizeRefuses() throws IOException {
    assertThat(Main.execute("finalize", out.toString())).isZero();
    Captured twice = Captured.run("finalize", out.toString());
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).contains("已于").contains("定稿");

    Path failed = dir.resolve("failed");
    Path broken = MiniWorkbook.valid().removeSheet("设置").save(dir.resolve("broken.xlsx"));
    assertThat(Main.execute("run", input.toString(), "--out", failed.toString())).isZero();
    assertThat(Main.execute("run", broken.toString(), "--out", failed.toString())).isEqualTo(2);
    Captured afterFailure = Captured.run("finalize", failed.toString());
    assertThat(afterFailure.status()).isEqualTo(2);
    assertThat(afterFailure.err()).contains("errors.txt");
    assertThat(failed.resolve("manifest.txt")).doesNotExist();

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(Main.execute("finalize", empty.toString())).isEqualTo(2);
    assertThat(Main.execute("verify", empty.toString())).isEqualTo(2);
    Folders.deleteTree(empty);
  }

  @Test
  @DisplayName(
      "--previous of another month, or a file that is not there, is an input problem (exit 2)")
  void previousMustBeTheSameMonth() throws IOException {
    Path august =
        MiniWorkbook.valid().set("设置", 3, "值", "2026-08").save(dir.resolve("august.xlsx"));
    Path augustOut = dir.resolve("august");
    assertThat(Main.execute("run", august.toString(), "--out", augustOut.toString())).isZero();
    Path second = dir.resolve("second");
    Captured r =
        Captured.run(
            "run",
            input.toString(),
            "--out",
            second.toString(),
            "--previous",
            augustOut.resolve("august.filled.xlsx").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(second.resolve("errors.txt"), StandardCharsets.UTF_8))
        .contains("是 2026-08 的结果，本次考核月份是 2026-09");
    Captured missing =
        Captured.run(
            "run", input.toString(), "--out", second.toString(), "--previous", "nope.xlsx");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("找不到上一版本的结果 nope.xlsx");
  }

  @Test
  @DisplayName("--reopen on a folder that is not final is refused: there is nothing to reopen")
  void reopenNeedsAFinalFolder() {
    Captured r = Captured.run("run", input.toString(), "--out", out.toString(), "--reopen", "x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("尚未定稿");
  }
}

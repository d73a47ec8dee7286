package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * jixiao started the way cron, systemd and minimal containers start it: a child {@code java}
 * without LANG or LC_ALL, so Java reads file names and arguments as ASCII (once, a Chinese file
 * name in the inbox made every later watch exit 1, and {@code run 月报.xlsx} printed usage text). And
 * the launcher bin/jixiao, which sets a UTF-8 locale, making the same names work.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WithoutUtf8LocaleTest {
  @TempDir Path dir;

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a command with LANG and every LC_ variable removed; returns exit status and output. */
  private static Captured runWithoutLocale(List<String> command, Map<String, String> extra)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    pb.environment().putAll(extra);
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
    return new Captured(p.exitValue(), new String(output, StandardCharsets.UTF_8), "");
  }

  private static List<String> jixiao(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(java(), "-cp", System.getProperty("java.class.path"), "com.jixiao.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  @DisplayName("without LANG, a Chinese name in the inbox is skipped with one line; the rest run")
  void aChineseNameInTheInboxIsSkippedWithOneClearLine() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    MiniWorkbook.valid().save(inbox.resolve("月报.xlsx"));
    MiniWorkbook.valid().save(inbox.resolve("month.xlsx"));

    Captured first =
        runWithoutLocale(jixiao("watch", inbox.toString(), "--once", "--settle-ms", "0"), Map.of());
    Captured second =
        runWithoutLocale(jixiao("watch", inbox.toString(), "--once", "--settle-ms", "0"), Map.of());

    assertThat(first.status()).as(first.out()).isEqualTo(1);
    assertThat(first.out())
        .contains("LANG=C.UTF-8")
        .doesNotContain("internal error")
        .doesNotContain("\tat ");
    assertThat(first.out().lines().filter(l -> l.contains("LANG=C.UTF-8")).count()).isEqualTo(1);
    assertThat(second.status()).as("the next run again skips it, and does not crash").isEqualTo(1);
    assertThat(second.out()).doesNotContain("internal error");
    assertThat(names(inbox.resolve("processed"))).singleElement().asString().startsWith("month-");
    assertThat(inbox.resolve("月报.xlsx")).as("left where it is").exists();
    assertThat(names(inbox.resolve(".work"))).containsExactly(".lock");
  }

  @Test
  @DisplayName("without LANG, run 月报.xlsx says in one line what to set, not the usage text")
  void runOfAChineseNameSaysWhatToSet() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("月报.xlsx"));

    Captured run =
        runWithoutLocale(
            jixiao("run", input.toString(), "--out", dir.resolve("out").toString()), Map.of());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("LANG=C.UTF-8").contains("bin/jixiao").doesNotContain("Usage");
    assertThat(run.out().lines().count()).as("one line in each language").isEqualTo(2);
  }

  @Test
  @DisplayName("bin/jixiao sets a UTF-8 locale: without LANG, 月报.xlsx validates")
  void theLauncherMakesChineseNamesWork() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("月报.xlsx"));
    // stands in for java: runs the test's classes where the launcher names the jar
    Path fakeJava = dir.resolve("java");
    Files.writeString(
        fakeJava,
        String.join(
            "\n",
            "#!/bin/sh",
            "skip=0",
            "for a in \"$@\"; do",
            "  shift",
            "  if [ \"$skip\" = 1 ]; then skip=0; set -- \"$@\" -cp \"$TEST_CP\" com.jixiao.cli.Main;"
                + " continue; fi",
            "  if [ \"$a\" = -jar ]; then skip=1; continue; fi",
            "  set -- \"$@\" \"$a\"",
            "done",
            "echo \"locale: $LC_ALL\"",
            "exec \"$REAL_JAVA\" \"$@\"",
            ""));
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));

    Captured validate =
        runWithoutLocale(
            List.of(
                "sh",
                Path.of("bin/jixiao").toAbsolutePath().toString(),
                "validate",
                input.toString()),
            Map.of(
                "JIXIAO_JAVA", fakeJava.toString(),
                "REAL_JAVA", java(),
                "TEST_CP", System.getProperty("java.class.path"),
                "JIXIAO_JAR", "jixiao.jar"));

    assertThat(validate.status()).as(validate.out()).isZero();
    assertThat(validate.out()).contains("locale: C.UTF-8").contains("月报.xlsx 检查通过");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

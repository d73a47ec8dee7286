package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/jixiao's start-up choices, with a stand-in for java that records its arguments (and, asked to
 * write a class-data archive at exit, writes one): the archive is made by the first run, renamed
 * into place whole, and used by every later command; the quick compiler and the serial collector
 * are chosen unless turned off.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path cache;
  private Path fakeJava;
  private Path argsLog;

  @BeforeEach
  void fakeJava() throws IOException {
    cache = dir.resolve("cache");
    argsLog = dir.resolve("args.txt");
    fakeJava = dir.resolve("java");
    Files.writeString(
        fakeJava,
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$*\" >> \"$ARGS_LOG\"",
            "for a in \"$@\"; do",
            "  case \"$a\" in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\";; esac",
            "done",
            "exit \"${FAKE_STATUS:-0}\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(dir.resolve("jixiao.jar"), "a jar");
  }

  private record Launch(int status, String args) {}

  private Launch launch(Map<String, String> extra, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", Path.of("bin/jixiao").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = new HashMap<>();
    env.put("JIXIAO_JAVA", fakeJava.toString());
    env.put("JIXIAO_JAR", dir.resolve("jixiao.jar").toString());
    env.put("XDG_CACHE_HOME", cache.toString());
    env.put("ARGS_LOG", argsLog.toString());
    env.putAll(extra);
    pb.environment().putAll(env);
    Files.deleteIfExists(argsLog);
    Process p = pb.start();
    p.getInputStream().readAllBytes();
    int status = p.waitFor();
    String logged = Files.exists(argsLog) ? Files.readString(argsLog).strip() : "";
    return new Launch(status, logged);
  }

  private List<String> cached() throws IOException {
    Path folder = cache.resolve("jixiao");
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @DisplayName(
      "the first run writes the class-data archive, renamed into place whole; later commands map"
          + " it; validate before any run neither writes nor maps one")
  void theFirstRunMakesTheArchiveLaterOnesUseIt() throws Exception {
    Launch validate = launch(Map.of(), "validate", "m.xlsx");
    assertThat(validate.args()).doesNotContain("Archive").doesNotContain("SharedArchiveFile");
    assertThat(cached()).isEmpty();

    Launch first = launch(Map.of(), "run", "m.xlsx", "--out", "out");
    assertThat(first.status()).isZero();
    assertThat(first.args()).contains("-XX:ArchiveClassesAtExit=" + cache.resolve("jixiao"));
    assertThat(cached()).singleElement().asString().matches("jixiao-\\d+\\.jsa");
    Path archive = cache.resolve("jixiao").resolve(cached().get(0));

    Launch second = launch(Map.of(), "run", "m.xlsx", "--out", "out");
    assertThat(second.args())
        .contains("-XX:SharedArchiveFile=" + archive)
        .doesNotContain("ArchiveClassesAtExit")
        .endsWith("-jar " + dir.resolve("jixiao.jar") + " run m.xlsx --out out");
    assertThat(launch(Map.of(), "mail", "out").args()).contains("-XX:SharedArchiveFile=");
  }

  @Test
  @DisplayName("the first run's exit status is the launcher's, and no partial archive is left")
  void theFirstRunsStatusIsKept() throws Exception {
    Path jar = dir.resolve("jixiao.jar");
    Files.writeString(jar, "another jar");
    assertThat(launch(Map.of("FAKE_STATUS", "2"), "run", "bad.xlsx").status()).isEqualTo(2);
    assertThat(cached()).isNotEmpty().allMatch(name -> name.matches("jixiao-\\d+\\.jsa"));
  }

  @Test
  @DisplayName(
      "the quick compiler and the serial collector by default; JIXIAO_TUNING=off and JIXIAO_CDS=off"
          + " leave Java's own choices and no archive")
  void tuningAndSharingCanBeTurnedOff() throws Exception {
    assertThat(launch(Map.of(), "validate", "m.xlsx").args())
        .contains("-XX:TieredStopAtLevel=1")
        .contains("-XX:+UseSerialGC");
    Launch plain = launch(Map.of("JIXIAO_TUNING", "off", "JIXIAO_CDS", "off"), "run", "m.xlsx");
    assertThat(plain.args())
        .doesNotContain("TieredStopAtLevel")
        .doesNotContain("UseSerialGC")
        .doesNotContain("Archive");
    assertThat(cached()).isEmpty();
  }
}

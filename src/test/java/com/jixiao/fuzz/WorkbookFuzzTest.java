package com.jixiao.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.CompleteOutput;
import com.jixiao.files.Folders;
import com.jixiao.job.JobOutcome;
import com.jixiao.job.MonthJob;
import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer: random damage to MiniWorkbook and the two sample workbooks (values, cell types,
 * sheets, headers, rows; and now and then the file's bytes), each run through the one pipeline. The
 * invariant: a complete, valid output or a clean input error (errors.txt only), never an exception,
 * a hang or a partial file, and the input untouched.
 *
 * <p>Case {@code i} is made from the seed and {@code i} alone, so any finding replays; how many
 * cases run depends on the time budget ({@code -Djixiao.fuzz.seconds=}, default 40; seed {@code
 * -Djixiao.fuzz.seed=}, default 9). Failing inputs are kept in target/fuzz-findings/.
 */
class WorkbookFuzzTest {
  private static final long SEED = Long.getLong("jixiao.fuzz.seed", 9);
  private static final long SECONDS = Long.getLong("jixiao.fuzz.seconds", 40);
  private static final long CASE_TIMEOUT_SECONDS = 60;

  @TempDir Path dir;

  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void everyMutatedWorkbookGivesACompleteOutputOrACleanInputError() throws Exception {
    List<MiniWorkbook> bases =
        List.of(
            MiniWorkbook.valid(),
            MiniWorkbook.read(Path.of("sample-workbooks/sample-zh.xlsx")),
            MiniWorkbook.read(Path.of("sample-workbooks/sample-en.xlsx")));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    List<String> findings = new ArrayList<>();
    int cases = 0;
    int complete = 0;
    int invalid = 0;
    ExecutorService runner = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; System.nanoTime() < deadline; i++) {
        cases++;
        Case c = makeCase(i, bases);
        if (c == null) {
          continue;
        }
        Future<JobOutcome> job = runner.submit(() -> MonthJob.run(c.input(), c.out()));
        String finding = null;
        try {
          JobOutcome outcome = job.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
          finding = check(c, outcome);
          if (finding == null) {
            if (outcome.ok()) {
              complete++;
            } else {
              invalid++;
            }
          }
        } catch (TimeoutException hang) {
          job.cancel(true);
          finding = "hang: no result in " + CASE_TIMEOUT_SECONDS + " s";
        } catch (ExecutionException e) {
          finding = "exception: " + e.getCause();
        } catch (AssertionError | IOException e) {
          finding = "invariant: " + e;
        }
        if (finding != null) {
          findings.add("case " + i + " " + c.mutations() + ": " + finding);
          keep(c, i);
        }
        Folders.deleteTree(c.out());
        Files.deleteIfExists(c.input());
      }
    } finally {
      runner.shutdownNow();
    }
    System.out.printf(
        "fuzz seed %d: %d cases in %d s: %d complete outputs, %d input errors, %d findings%n",
        SEED, cases, SECONDS, complete, invalid, findings.size());
    findings.forEach(System.out::println);
    assertThat(findings).isEmpty();
    assertThat(complete).as("some mutations leave a valid workbook").isPositive();
    assertThat(invalid).as("most break it").isPositive();
  }

  private record Case(Path input, Path out, List<String> mutations, byte[] bytes) {}

  /** Case i: a base workbook, mutated by a mutator seeded from the seed and i. */
  private Case makeCase(int i, List<MiniWorkbook> bases) throws IOException {
    long caseSeed = SEED * 1_000_003L + i;
    WorkbookMutator mutator = new WorkbookMutator(caseSeed);
    // the small workbook runs in a fraction of the samples' time: most cases use it
    MiniWorkbook base = bases.get(i % 8 == 3 ? 1 : i % 8 == 6 ? 2 : 0);
    MiniWorkbook w = mutator.mutate(base.copy());
    Path input = dir.resolve("case-" + i + ".xlsx");
    try {
      w.save(input);
    } catch (IllegalArgumentException poiRefuses) {
      return null; // a value POI cannot write (no workbook program could save it either)
    }
    Random bytesRandom = new Random(caseSeed);
    if (bytesRandom.nextInt(10) == 0) {
      byte[] b = Files.readAllBytes(input);
      if (bytesRandom.nextBoolean()) {
        b = Arrays.copyOf(b, bytesRandom.nextInt(b.length));
        mutator.done().add("truncate to " + b.length + " bytes");
      } else {
        int at = bytesRandom.nextInt(b.length);
        for (int k = at; k < Math.min(b.length, at + 16); k++) {
          b[k] = (byte) bytesRandom.nextInt(256);
        }
        mutator.done().add("scramble 16 bytes at " + at);
      }
      Files.write(input, b);
    }
    return new Case(input, dir.resolve("out-" + i), mutator.done(), Files.readAllBytes(input));
  }

  /** Null when the invariant holds, else what is wrong. */
  private static String check(Case c, JobOutcome outcome) throws IOException {
    if (!Arrays.equals(Files.readAllBytes(c.input()), c.bytes())) {
      return "the input was changed";
    }
    boolean whole = CompleteOutput.check(c.out(), c.input().getFileName().toString());
    if (whole != outcome.ok()) {
      return "outcome " + (outcome.ok() ? "ok" : "invalid") + " but the folder says otherwise";
    }
    if (!outcome.ok()) {
      String report = Files.readString(c.out().resolve("errors.txt"), StandardCharsets.UTF_8);
      if (!report.equals(outcome.errorReport())) {
        return "errors.txt differs from the report";
      }
      if (report.contains("\tat ") || report.contains("java.lang.")) {
        return "a stack trace or exception class in errors.txt: " + report;
      }
    }
    return null;
  }

  private static void keep(Case c, int i) throws IOException {
    Path findings = Path.of("target", "fuzz-findings");
    Files.createDirectories(findings);
    Files.write(findings.resolve(SEED + "-" + i + ".xlsx"), c.bytes());
  }
}

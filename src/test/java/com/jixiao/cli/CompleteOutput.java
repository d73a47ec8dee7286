package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.job.MonthJob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The invariant of every run: a complete, valid output (the filled workbook opens with POI, the
 * calendar and every PDF are whole, no temp file is left) or a clean input error (only {@code
 * errors.txt}) — never anything in between.
 */
public final class CompleteOutput {
  private CompleteOutput() {}

  /** Asserts the folder holds exactly one of the two outcomes; true if it is a complete output. */
  public static boolean check(Path out, String workbookName) throws IOException {
    Set<String> top = names(out);
    if (top.contains(MonthJob.ERRORS_FILE)) {
      assertThat(top).as("an invalid workbook writes errors.txt only").containsOnly("errors.txt");
      assertThat(Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8)).isNotBlank();
      return false;
    }
    String filled = MonthJob.baseName(workbookName) + ".filled.xlsx";
    assertThat(top)
        .as("a complete output")
        .containsExactlyInAnyOrder(
            filled, "workflow.ics", "team-summary.pdf", "scorecards", "run-record.txt");
    assertThat(sheetNames(out.resolve(filled))).as("input and output sheets").hasSizeGreaterThan(4);
    assertThat(Files.readString(out.resolve("workflow.ics"), StandardCharsets.UTF_8))
        .startsWith("BEGIN:VCALENDAR")
        .contains("END:VCALENDAR");
    assertPdf(out.resolve("team-summary.pdf"));
    List<Path> cards;
    try (Stream<Path> s = Files.list(out.resolve("scorecards"))) {
      cards = s.toList();
    }
    assertThat(cards).as("scorecards").isNotEmpty();
    for (Path card : cards) {
      assertThat(card.getFileName().toString()).endsWith(".pdf").doesNotStartWith(".");
      assertPdf(card);
    }
    return true;
  }

  /**
   * The sheet names of a workbook POI opens: fully (XSSFWorkbook) when small, else streamed (a
   * million-row input sheet is copied into the filled workbook as it was).
   */
  public static List<String> sheetNames(Path xlsx) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.size(xlsx) < 5_000_000) {
      try (InputStream in = Files.newInputStream(xlsx);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        wb.forEach(s -> names.add(s.getSheetName()));
      }
      return names;
    }
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
      while (it.hasNext()) {
        it.next().close();
        names.add(it.getSheetName());
      }
    } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw new IOException(xlsx + " does not open", e);
    }
    return names;
  }

  /** A whole PDF: the header, and the end-of-file marker at the end. */
  public static void assertPdf(Path pdf) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, Math.min(5, bytes.length), StandardCharsets.ISO_8859_1))
        .as(pdf + " header")
        .isEqualTo("%PDF-");
    String tail =
        new String(
            bytes,
            Math.max(0, bytes.length - 32),
            Math.min(32, bytes.length),
            StandardCharsets.ISO_8859_1);
    assertThat(tail).as(pdf + " end").contains("%%EOF");
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }
}

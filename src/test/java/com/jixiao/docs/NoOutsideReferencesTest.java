package com.jixiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The code, the templates and the documents point only at what a reader of the repository has: the
 * rule book (docs/rules.md), the workbook reference (docs/workbook.md), the import guide
 * (docs/import.md) and the README. Not at an internal product contract nor at an issue tracker's
 * numbers, and every {@code docs/….md#anchor} in the code names an anchor that exists.
 */
class NoOutsideReferencesTest {
  /** What is scanned: every text file below these, except this test (it names the patterns). */
  private static final List<Path> ROOTS =
      List.of(
          Path.of("src/main"),
          Path.of("src/test"),
          Path.of("templates"),
          Path.of("README.md"),
          Path.of("CONTRIBUTING.md"),
          Path.of("docs"));

  private static final Path SELF =
      Path.of("src/test/java/com/jixiao/docs/NoOutsideReferencesTest.java");

  /** References a reader of the repository cannot follow, with what to write instead. */
  private static final Map<Pattern, String> OUTSIDE =
      Map.of(
          Pattern.compile("\\bSPEC\\s*§?\\s*\\d"), "a rule book section, e.g. docs/rules.md#items",
          Pattern.compile("SPEC\\.md|\\.\\./shared|/work/shared"), "a link into docs/",
          Pattern.compile("\\b[Ii]ssues?\\s*#?\\d+"), "what the thing is, without the issue number",
          Pattern.compile("\\bthe spec\\b"),
              "the rule book (docs/rules.md) or the workbook reference",
          Pattern.compile("\\bseed \\d{3}\\b|\\bthe seeds\\b"),
              "the source article as docs/rules.md#sources numbers it (source 0 … source 4)");

  /** A reference from the code into one of the documents: the file and the anchor. */
  private static final Pattern DOC_REFERENCE =
      Pattern.compile(
          "(docs/(?:rules|rules\\.en|workbook|workbook\\.en|import|import\\.en)\\.md|README\\.md)"
              + "#([a-z0-9-]+)");

  /**
   * A further anchor of the same document later on the line ("docs/rules.md#calendar and
   * #workflow"); not a {@code {@link #method}}, not an objection number ("#4").
   */
  private static final Pattern SAME_DOC_ANCHOR =
      Pattern.compile("(?<![\\w@{}#/.])(?<!@link )(?<!@see )#([a-z][a-z0-9-]*)\\b(?![(\\w])");

  @Test
  @DisplayName("no SPEC section, internal contract path or issue number in code, templates or docs")
  void noReferenceToWhatUsersDoNotHave() throws IOException {
    List<String> found = new ArrayList<>();
    for (TextFile file : textFiles()) {
      for (int i = 0; i < file.lines().size(); i++) {
        String line = file.lines().get(i);
        if (line.contains(".doesNotContain(")) {
          continue; // a test that asserts the reference is absent
        }
        for (Map.Entry<Pattern, String> e : OUTSIDE.entrySet()) {
          Matcher m = e.getKey().matcher(line);
          if (m.find()) {
            found.add(
                file.path() + ":" + (i + 1) + ": \"" + m.group() + "\" -> cite " + e.getValue());
          }
        }
      }
    }
    assertThat(found).as("references to what a reader of the repository does not have").isEmpty();
  }

  @Test
  @DisplayName("every docs/….md#anchor the code and templates cite exists in that document")
  void everyCitedAnchorExists() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (TextFile file : textFiles()) {
      if (!file.path().startsWith("src") && !file.path().startsWith("templates")) {
        continue;
      }
      for (int i = 0; i < file.lines().size(); i++) {
        String line = file.lines().get(i);
        Matcher m = DOC_REFERENCE.matcher(line);
        int end = -1;
        String doc = null;
        while (m.find()) {
          checked++;
          doc = m.group(1);
          end = m.end();
          check(file.path(), i, doc, m.group(2), broken);
        }
        if (doc != null) {
          Matcher more = SAME_DOC_ANCHOR.matcher(line);
          more.region(end, line.length());
          while (more.find()) {
            checked++;
            check(file.path(), i, doc, more.group(1), broken);
          }
        }
      }
    }
    assertThat(checked).as("references found (the scan works)").isGreaterThan(20);
    assertThat(broken).as("references to anchors that do not exist").isEmpty();
  }

  private static void check(Path file, int index, String doc, String anchor, List<String> broken) {
    Path target = Path.of(doc);
    List<String> targets =
        doc.equals("README.md") ? RuleBook.linkTargets(target) : RuleBook.anchors(target);
    if (!targets.contains(anchor)) {
      broken.add(file + ":" + (index + 1) + ": " + doc + "#" + anchor);
    }
  }

  private record TextFile(Path path, List<String> lines) {}

  /** Every file below the roots that reads as UTF-8 text (fonts and workbooks do not). */
  private static List<TextFile> textFiles() throws IOException {
    List<TextFile> files = new ArrayList<>();
    for (Path root : ROOTS) {
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(root)) {
        paths = walk.filter(Files::isRegularFile).filter(p -> !p.equals(SELF)).sorted().toList();
      }
      for (Path p : paths) {
        text(p).ifPresent(t -> files.add(new TextFile(p, t.lines().toList())));
      }
    }
    return files;
  }

  private static Optional<String> text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

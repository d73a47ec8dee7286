package com.jixiao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The code names library types by their simple names, imported at the top of the file: a body that
 * says {@code java.util.List} hides what the file depends on and reads worse. A line rule rather
 * than Checkstyle: one pattern, and Checkstyle's configuration for it would be longer than this.
 */
class ImportedNamesTest {
  /** A fully qualified java.util type (java.util.List, java.util.concurrent.Future, …). */
  static final Pattern QUALIFIED =
      Pattern.compile("(?<![\\w.])java\\.util\\.(?:[a-z]\\w*\\.)*[A-Z]");

  @Test
  @DisplayName("no fully qualified java.util name in a code line of src/main or src/test")
  void javaUtilTypesAreImported() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          found.addAll(qualifiedNames(file));
        }
      }
    }
    assertThat(found).as("import these types and use their simple names").isEmpty();
  }

  @Test
  @DisplayName("the rule finds a qualified name in code, not in an import, a comment or Javadoc")
  void theRuleSeesCodeOnly() throws IOException {
    Path file = Files.createTempFile("Sample", ".java");
    try {
      Files.writeString(
          file,
          String.join(
                  "\n",
                  "import JU.List;",
                  "/** Uses {@link JU.Map}. */",
                  "class Sample {",
                  "  // a JU.Set would do too",
                  "  JU.Map<String, List<String>> byName;",
                  "}")
              .replace("JU.", "java" + ".util."),
          StandardCharsets.UTF_8);
      assertThat(qualifiedNames(file)).hasSize(1).allMatch(line -> line.endsWith(":5"));
    } finally {
      Files.delete(file);
    }
  }

  /** "file:line" of each code line naming a java.util type in full. */
  private static List<String> qualifiedNames(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean notCode =
          line.startsWith("import ")
              || line.startsWith("package ")
              || line.startsWith("*")
              || line.startsWith("/*")
              || line.startsWith("//");
      if (!notCode && QUALIFIED.matcher(line).find()) {
        found.add(file + ":" + (i + 1));
      }
    }
    return found;
  }
}

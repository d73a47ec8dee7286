package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.render.LoopbackServer;
import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A user's templates ({@code --templates DIR}) are data, never code: a template that reaches for a
 * Java class, the network, or a file outside its folder stops {@code run} and {@code mail} with
 * exit status 2 and a message naming the template, and nothing it asked for happens.
 */
@Timeout(300)
class TemplateSandboxTest {
  /** Replaced by the path of a file the attack would create. */
  private static final String MARKER = "MARKER";

  /** Replaced by the loopback server's port. */
  private static final String PORT = "PORT";

  @TempDir static Path shared;
  static Path month;
  static LoopbackServer server;

  @TempDir Path dir;

  /** One month run with the built-in templates, for the mail tests (KF001 has an email). */
  @BeforeAll
  static void runTheMonth() throws Exception {
    server = new LoopbackServer();
    Path input = MiniWorkbook.valid().save(shared.resolve("month.xlsx"));
    month = shared.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", month.toString())).isZero();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  /** A copy of the project's templates/ folder, mail/ included. */
  private Path copyOfTheTemplates() throws IOException {
    Path copy = dir.resolve("my-templates");
    Path source = Path.of("templates");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(source.relativize(f).toString()));
      }
    }
    return copy;
  }

  /** Puts {@code insert} after {@code anchor} in {@code file} of the copy. */
  private void edit(Path copy, String file, String anchor, String insert) throws IOException {
    Path f = copy.resolve(file);
    String text = Files.readString(f);
    assertThat(text).contains(anchor);
    Files.writeString(f, text.replace(anchor, anchor + fill(insert)));
  }

  private String fill(String text) {
    return text.replace(MARKER, marker().toString()).replace(PORT, String.valueOf(server.port()));
  }

  private Path marker() {
    return dir.resolve("marker");
  }

  static Stream<Arguments> runAttacks() {
    return Stream.of(
        Arguments.of(
            "Execute?new runs a shell command",
            "scorecard.ftlx",
            "<#assign m = model>",
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARKER\")}",
            "Execute"),
        Arguments.of(
            "ObjectConstructor creates any object",
            "scorecard.ftlx",
            "<#assign m = model>",
            "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${oc(\"java.io.FileOutputStream\", \"MARKER\")}",
            "ObjectConstructor"),
        Arguments.of(
            "?api reaches the Java object",
            "team-summary.ftlx",
            "<#assign m = model>",
            "${m?api.getClass().getName()}",
            "api"),
        Arguments.of(
            "a model's class leads to the class loader",
            "scorecard.ftlx",
            "<#assign m = model>",
            "${m.class.protectionDomain}",
            "class"),
        Arguments.of(
            "an image from a web server",
            "scorecard.ftlx",
            "<table class=\"header\">",
            "<img src=\"http://127.0.0.1:PORT/logo.png\"/>",
            "http://127.0.0.1:PORT/logo.png"),
        Arguments.of(
            "a stylesheet from a web server",
            "team-summary.ftlx",
            "<head>",
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"https://127.0.0.1:PORT/x.css\"/>",
            "https://127.0.0.1:PORT/x.css"),
        Arguments.of(
            "an include out of the folder",
            "scorecard.ftlx",
            "<#assign m = model>",
            "<#include \"../../../../../../../../etc/passwd\">",
            "../"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runAttacks")
  @DisplayName("run: a template that reaches out of its sandbox is a template error, exit 2")
  void runRefusesTheTemplate(String attack, String file, String anchor, String insert, String shown)
      throws Exception {
    Path copy = copyOfTheTemplates();
    edit(copy, file, anchor, insert);
    Path out = dir.resolve("out");

    int status =
        Main.execute(
            "run",
            month.resolveSibling("month.xlsx").toString(),
            "--out",
            out.toString(),
            "--templates",
            copy.toString());

    assertThat(status).isEqualTo(2);
    assertThat(marker()).doesNotExist();
    assertThat(server.requests()).isEmpty();
    String errors = Files.readString(out.resolve("errors.txt"));
    assertThat(errors)
        .contains(copy.resolve(file).toString())
        .contains(fill(shown))
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("errors.txt");
    }
  }

  @Test
  @DisplayName("run: a template file that is a symbolic link is refused, exit 2")
  void aLinkedTemplateIsRefused() throws Exception {
    Path copy = copyOfTheTemplates();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.move(copy.resolve("style.css"), elsewhere.resolve("style.css"));
    Files.createSymbolicLink(copy.resolve("style.css"), elsewhere.resolve("style.css"));

    Path out = dir.resolve("out");
    int status =
        Main.execute(
            "run",
            month.resolveSibling("month.xlsx").toString(),
            "--out",
            out.toString(),
            "--templates",
            copy.toString());

    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt")))
        .contains("style.css")
        .contains("符号链接")
        .doesNotContain("Exception");
  }

  @Test
  @DisplayName("run: a templates folder that is a symbolic link is refused, exit 2")
  void aLinkedFolderIsRefused() throws Exception {
    Path copy = copyOfTheTemplates();
    Path link = Files.createSymbolicLink(dir.resolve("linked-templates"), copy);

    Path out = dir.resolve("out");
    int status =
        Main.execute(
            "run",
            month.resolveSibling("month.xlsx").toString(),
            "--out",
            out.toString(),
            "--templates",
            link.toString());

    assertThat(status).isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt")))
        .contains(link.toString())
        .contains("符号链接")
        .doesNotContain("Exception");
  }

  static Stream<Arguments> mailAttacks() {
    return Stream.of(
        Arguments.of(
            "Execute?new",
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch MARKER\")}",
            "Execute"),
        Arguments.of(
            "ObjectConstructor",
            "<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${oc(\"java.io.FileOutputStream\", \"MARKER\")}",
            "ObjectConstructor"),
        Arguments.of("?api", "${name?api.getClass().getName()}", "api"),
        Arguments.of(
            "an include out of the folder",
            "<#include \"../../../../../../../../etc/passwd\">",
            "../"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mailAttacks")
  @DisplayName("mail --dry-run: a mail template that reaches out of its sandbox is exit 2")
  void mailRefusesTheTemplate(String attack, String subject, String shown) throws Exception {
    Path copy = copyOfTheTemplates();
    Files.writeString(copy.resolve("mail/subject_zh.ftl"), fill(subject));
    StringWriter err = new StringWriter();

    int status = mail(err, "--dry-run", "--templates", copy.toString());

    assertThat(status).isEqualTo(2);
    assertThat(marker()).doesNotExist();
    assertThat(err.toString())
        .contains(copy.resolve("mail/subject_zh.ftl").toString())
        .contains(shown)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("mail: a linked mail template, or a linked folder, is refused, exit 2")
  void mailRefusesLinks() throws Exception {
    Path copy = copyOfTheTemplates();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("subject.ftl"), "hello ${name}");
    Files.delete(copy.resolve("mail/subject_zh.ftl"));
    Files.createSymbolicLink(copy.resolve("mail/subject_zh.ftl"), elsewhere.resolve("subject.ftl"));
    StringWriter err = new StringWriter();
    assertThat(mail(err, "--dry-run", "--templates", copy.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("subject_zh.ftl").contains("符号链接");

    Path link = Files.createSymbolicLink(dir.resolve("linked-templates"), elsewhere);
    StringWriter err2 = new StringWriter();
    assertThat(mail(err2, "--dry-run", "--templates", link.toString())).isEqualTo(2);
    assertThat(err2.toString()).contains(link.toString()).contains("符号链接");
  }

  private static int mail(StringWriter err, String... options) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    String[] args = new String[options.length + 2];
    args[0] = "mail";
    args[1] = month.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    return cli.execute(args);
  }
}

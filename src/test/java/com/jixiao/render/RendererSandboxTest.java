package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML renderer loads nothing but files in the templates folder (and Flying Saucer's own
 * default stylesheet): every other reference, in every place a page can make one, is refused with a
 * {@link TemplateRefusal} naming it, and nothing reaches the network.
 */
@Timeout(60)
class RendererSandboxTest {
  private static final LocalDate DATE = LocalDate.of(2026, 9, 30);
  private static final PdfRenderer.FontBytes FONT = PdfRenderer.FontBytes.bundled();

  @TempDir Path dir;
  Path folder;
  LoopbackServer server;

  @BeforeEach
  void folderWithALogoAndAStylesheet() throws Exception {
    server = new LoopbackServer();
    folder = Files.createDirectories(dir.resolve("my-templates"));
    Files.write(folder.resolve("logo.png"), png());
    Files.createDirectories(folder.resolve("img"));
    Files.write(folder.resolve("img/標誌.png"), png());
    Files.writeString(folder.resolve("extra.css"), ".x:before { content: \"FROM-EXTRA-CSS\" }");
    Files.writeString(dir.resolve("outside.css"), ".x:before { content: \"OUTSIDE\" }");
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static String page(String head, String body) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + head
        + "</head><body style=\"font-family: 'Noto Sans SC'\"><div class=\"x\">text</div>"
        + body
        + "</body></html>";
  }

  private byte[] render(String xhtml) throws Exception {
    return PdfRenderer.create(FONT, TemplateFolder.of(folder)).render(xhtml, DATE);
  }

  /** Every place a page can name a resource, with {@code U} for the reference. */
  static Stream<String> places() {
    return Stream.of(
        page("", "<img src=\"U\"/>"),
        page("<link rel=\"stylesheet\" type=\"text/css\" href=\"U\"/>", ""),
        page("<style>@import url(U);</style>", ""),
        page("<style>body { background-image: url(U) }</style>", ""),
        page("<style>.x { list-style-image: url(U); display: list-item }</style>", ""),
        page(
            "<style>@font-face { font-family: \"Z\"; src: url(U) } body { font-family: \"Z\""
                + " }</style>",
            ""));
  }

  static Stream<Arguments> refusedReferences() {
    Stream<String> references =
        Stream.of(
            "http://127.0.0.1:PORT/x.css",
            "https://127.0.0.1:PORT/x.css",
            "ftp://127.0.0.1:PORT/x.css",
            "jar:file:/nonexistent.jar!/x.css",
            "classpath:templates/style.css",
            "data:text/css;base64,Ym9keSB7IGRpc3BsYXk6IG5vbmUgfQ==",
            "data:image/png;base64,iVBORw0KGgo=",
            "file:///etc/passwd",
            "file:///dev/zero",
            "../outside.css",
            "img/../../outside.css",
            "//127.0.0.1:PORT/x.css");
    return references.flatMap(r -> places().map(p -> Arguments.of(r, p)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("refusedReferences")
  @DisplayName("a reference to anything but a file in the templates folder is refused, by name")
  void referencesOutsideTheFolderAreRefused(String reference, String place) {
    String uri = reference.replace("PORT", Integer.toString(server.port()));
    assertThatThrownBy(() -> render(place.replace("U", uri)))
        .isInstanceOf(TemplateRefusal.class)
        .satisfies(e -> assertThat(((TemplateRefusal) e).subject()).contains(uriTail(uri)));
    assertThat(server.requests()).as("connections to the loopback server").isEmpty();
  }

  /** The refusal names the reference, or what it resolved to (the part after the last '/'). */
  private static String uriTail(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }

  @Test
  @DisplayName("a file: URI inside the folder is outside once it goes through a link")
  void aFileUriInsideTheFolderIsReadButNotThroughALink() throws Exception {
    String inside = folder.resolve("extra.css").toUri().toString();
    byte[] pdf = render(page("<link rel=\"stylesheet\" href=\"" + inside + "\"/>", ""));
    assertThat(PdfText.of(pdf)).contains("FROM-EXTRA-CSS");

    Files.createSymbolicLink(folder.resolve("linked.css"), dir.resolve("outside.css"));
    assertThatThrownBy(() -> render(page("<link rel=\"stylesheet\" href=\"linked.css\"/>", "")))
        .isInstanceOf(TemplateRefusal.class)
        .extracting(e -> ((TemplateRefusal) e).reason())
        .isEqualTo(TemplateRefusal.Reason.LINK);
  }

  @Test
  @DisplayName("a symbolic link to a file in the same folder is refused too")
  void aLinkInsideTheFolderIsRefused() throws Exception {
    Files.createSymbolicLink(folder.resolve("same.png"), folder.resolve("logo.png"));
    Files.createSymbolicLink(folder.resolve("sub"), folder.resolve("img"));
    for (String src : new String[] {"same.png", "sub/標誌.png"}) {
      assertThatThrownBy(() -> render(page("", "<img src=\"" + src + "\"/>")))
          .as(src)
          .isInstanceOf(TemplateRefusal.class)
          .extracting(e -> ((TemplateRefusal) e).reason())
          .isEqualTo(TemplateRefusal.Reason.LINK);
    }
  }

  @Test
  @DisplayName("files in the folder are used: an image, a linked stylesheet, an @import")
  void filesInTheFolderAreUsed() throws Exception {
    byte[] withImages = render(page("", "<img src=\"logo.png\"/><img src=\"img/標誌.png\"/>"));
    assertThat(new String(withImages, StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
    assertThat(PdfText.of(render(page("<link rel=\"stylesheet\" href=\"extra.css\"/>", ""))))
        .contains("FROM-EXTRA-CSS");
    assertThat(PdfText.of(render(page("<style>@import url(extra.css);</style>", ""))))
        .contains("FROM-EXTRA-CSS");
  }

  @Test
  @DisplayName("a missing file and an image that is not PNG, JPEG or GIF are errors, not blanks")
  void aMissingFileOrAnSvgIsAnError() throws Exception {
    Files.writeString(
        folder.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://127.0.0.1:"
            + server.port()
            + "/svg\"/></svg>");
    assertThatThrownBy(() -> render(page("", "<img src=\"lgoo.png\"/>")))
        .isInstanceOf(TemplateRefusal.class)
        .extracting(e -> ((TemplateRefusal) e).reason())
        .isEqualTo(TemplateRefusal.Reason.MISSING);
    assertThatThrownBy(() -> render(page("", "<img src=\"logo.svg\"/>")))
        .isInstanceOf(TemplateRefusal.class)
        .extracting(e -> ((TemplateRefusal) e).reason())
        .isEqualTo(TemplateRefusal.Reason.NOT_AN_IMAGE);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  @DisplayName("the built-in templates' folder serves its own files and nothing around them")
  void theBuiltInFolderServesItsOwnFiles() throws Exception {
    PdfRenderer builtIn = PdfRenderer.create(FONT, TemplateFolder.builtIn());
    String link = page("<link rel=\"stylesheet\" href=\"style.css\"/>", "<h1>Title</h1>");
    assertThat(PdfText.of(builtIn.render(link, DATE))).contains("Title");
    for (String outside : new String[] {"../logback.xml", "/logback.xml", "../com/jixiao"}) {
      assertThatThrownBy(
              () ->
                  builtIn.render(
                      page("<link rel=\"stylesheet\" href=\"" + outside + "\"/>", ""), DATE))
          .as(outside)
          .isInstanceOf(TemplateRefusal.class);
    }
  }

  @Test
  @DisplayName("XML entities and DTDs reach no file and no server; the bundled XHTML DTD works")
  void xmlEntitiesAreRefused() throws Exception {
    String entity =
        "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
            + page("", "<p>&secret;</p>");
    assertThatThrownBy(() -> render(entity)).isInstanceOf(TemplateRefusal.class);
    String dtd =
        "<!DOCTYPE html SYSTEM \"http://127.0.0.1:" + server.port() + "/x.dtd\">" + page("", "");
    assertThatThrownBy(() -> render(dtd)).isInstanceOf(TemplateRefusal.class);
    assertThat(server.requests()).isEmpty();

    String strict =
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">"
            + page("", "<p>a&nbsp;b</p>");
    assertThat(PdfText.of(render(strict))).contains("a").contains("b");
  }

  @Test
  @DisplayName("a page that is not well-formed XHTML is the template's error, with its line")
  void aMalformedPageIsATemplateProblem() {
    assertThatThrownBy(() -> render(page("", "<p>\n<b>unclosed</p>")))
        .isInstanceOf(MalformedPage.class)
        .extracting(e -> ((MalformedPage) e).line())
        .isEqualTo(2);
  }
}

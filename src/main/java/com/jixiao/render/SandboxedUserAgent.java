package com.jixiao.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.CSSResource;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

/**
 * Flying Saucer's window on the world, closed down to the templates folder: a stylesheet, image or
 * font a page refers to is read only when it is a file in the {@link TemplateFolder} (a relative
 * reference, or a {@code file:} URI inside the folder). Everything else is refused and remembered:
 * {@code http:}, {@code https:}, {@code ftp:}, {@code jar:}, {@code classpath:}, {@code data:},
 * files elsewhere. The renderer turns a refusal into a template error, so a page is never printed
 * silently without the resource its template asked for.
 *
 * <p>{@code data:} URIs are refused too although they fetch nothing: a logo is a file in the folder
 * like any other, and one rule ("files in the folder") is easier to state and to check. Images must
 * be PNG, JPEG or GIF: an SVG or PDF image can itself refer to other files and URLs.
 *
 * <p>Flying Saucer logs the failures of its own loading with stack traces; refused references never
 * reach that code, so nothing is printed.
 */
final class SandboxedUserAgent extends ITextUserAgent {
  private final TemplateFolder folder;
  private final List<TemplateRefusal> refusals = new ArrayList<>();

  SandboxedUserAgent(ITextOutputDevice device, int dotsPerPixel, TemplateFolder folder) {
    super(device, dotsPerPixel);
    this.folder = folder;
  }

  /** Throws the first refusal of this page, if there was one. */
  void throwIfRefused() throws TemplateRefusal {
    if (!refusals.isEmpty()) {
      throw refusals.get(0);
    }
  }

  @Override
  public String resolveURI(String uri) {
    if (uri == null) {
      return null;
    }
    try {
      return TemplateFolder.BASE.resolve(parse(uri)).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return uri; // refused when it is loaded
    }
  }

  @Override
  public CSSResource getCSSResource(String uri) {
    Optional<byte[]> css = read(uri);
    return new CSSResource(new ByteArrayInputStream(css.orElse(new byte[0])));
  }

  @Override
  public ImageResource getImageResource(String uri) {
    Optional<byte[]> image = read(uri);
    if (image.isEmpty()) {
      return new ImageResource(uri, null);
    }
    if (!isBitmap(image.get())) {
      refusals.add(new TemplateRefusal(TemplateRefusal.Reason.NOT_AN_IMAGE, uri));
      return new ImageResource(uri, null);
    }
    return super.getImageResource(uri); // reads the file again through resolveAndOpenStream
  }

  @Override
  public byte[] getBinaryResource(String uri) {
    return read(uri).orElse(null);
  }

  @Override
  public XMLResource getXMLResource(String uri) {
    // pages are parsed by PdfRenderer; a document loaded by reference has no use in a template
    refusals.add(new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, uri));
    return XMLResource.load(new InputSource(new StringReader("<html/>")));
  }

  @Override
  protected InputStream resolveAndOpenStream(String uri) {
    return read(uri).map(ByteArrayInputStream::new).orElse(null);
  }

  @Override
  protected URLConnection openConnection(String uri) throws IOException {
    // every load goes through read(); this is the last line, should a path of Flying Saucer's
    // own reach for a URL connection
    TemplateRefusal refused = new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, uri);
    refusals.add(refused);
    throw refused;
  }

  /** The bytes of the file {@code uri} names in the folder; empty (and remembered) if refused. */
  private Optional<byte[]> read(String uri) {
    try {
      String relative = relativePath(uri);
      Optional<InputStream> in = folder.open(relative);
      if (in.isEmpty()) {
        refusals.add(new TemplateRefusal(TemplateRefusal.Reason.MISSING, uri));
        return Optional.empty();
      }
      try (InputStream stream = in.get()) {
        return Optional.of(stream.readAllBytes());
      }
    } catch (TemplateRefusal refused) {
      refusals.add(refused);
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + uri + " from the templates folder", e);
    }
  }

  /**
   * The path inside the folder that {@code uri} names: a reference resolved against {@link
   * TemplateFolder#BASE}, or a {@code file:} URI inside the user's folder.
   */
  private String relativePath(String uri) throws TemplateRefusal {
    URI resolved;
    try {
      resolved = TemplateFolder.BASE.resolve(parse(uri));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, uri);
    }
    String scheme = resolved.getScheme() == null ? "" : resolved.getScheme();
    boolean local = scheme.equalsIgnoreCase("file") && resolved.getAuthority() == null;
    String base = TemplateFolder.BASE.getPath();
    if (local && resolved.getPath() != null && resolved.getPath().startsWith(base)) {
      return resolved.getPath().substring(base.length());
    }
    if (local && folder.dir().isPresent()) {
      Path file = fileOf(resolved, uri);
      if (file.startsWith(folder.dir().get())) {
        return folder.dir().get().relativize(file).toString().replace('\\', '/');
      }
    }
    throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, uri);
  }

  private static Path fileOf(URI resolved, String uri) throws TemplateRefusal {
    try {
      return Path.of(resolved).normalize();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new TemplateRefusal(TemplateRefusal.Reason.OUTSIDE, uri);
    }
  }

  private static URI parse(String uri) throws URISyntaxException {
    return new URI(uri.strip().replace(" ", "%20"));
  }

  /** PNG, JPEG or GIF, by their first bytes. */
  private static boolean isBitmap(byte[] b) {
    boolean png =
        b.length > 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    boolean jpeg = b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8;
    boolean gif =
        b.length > 4
            && new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .toUpperCase(Locale.ROOT)
                .equals("GIF8");
    return png || jpeg || gif;
  }
}

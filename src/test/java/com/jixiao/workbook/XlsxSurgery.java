package com.jixiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites parts of an .xlsx at the zip level, for files POI would never write: a part that
 * inflates a thousandfold, a sheet of a million rows written as a stream, a damaged part.
 */
public final class XlsxSurgery {
  private XlsxSurgery() {}

  /** Writes a part's new content; gets the old content (empty if the part is new). */
  @FunctionalInterface
  public interface Part {
    void write(String old, OutputStream out) throws IOException;
  }

  /** Copies {@code from} to {@code to}, replacing (or adding) the parts named in {@code parts}. */
  public static Path rewrite(Path from, Path to, Map<String, Part> parts) throws IOException {
    try (ZipFile zip = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      var entries = zip.entries();
      Set<String> done = new HashSet<>();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        out.putNextEntry(new ZipEntry(e.getName()));
        Part part = parts.get(e.getName());
        if (part == null) {
          try (var in = zip.getInputStream(e)) {
            in.transferTo(out);
          }
        } else {
          String old;
          try (var in = zip.getInputStream(e)) {
            old = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          part.write(old, out);
          done.add(e.getName());
        }
        out.closeEntry();
      }
      for (Map.Entry<String, Part> p : parts.entrySet()) {
        if (!done.contains(p.getKey())) {
          out.putNextEntry(new ZipEntry(p.getKey()));
          p.getValue().write("", out);
          out.closeEntry();
        }
      }
    }
    return to;
  }

  /** The old XML with {@code extra} written just before {@code </sheetData>}. */
  public static Part beforeSheetDataEnd(Part extra) {
    return (old, out) -> {
      int at = old.indexOf("</sheetData>");
      out.write(old.substring(0, at).getBytes(StandardCharsets.UTF_8));
      extra.write(old, out);
      out.write(old.substring(at).getBytes(StandardCharsets.UTF_8));
    };
  }

  /** {@code count} bytes of spaces (XML whitespace): a thousandfold compression. */
  public static void spaces(OutputStream out, long count) throws IOException {
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, (byte) ' ');
    for (long left = count; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(block.length, left));
    }
  }
}

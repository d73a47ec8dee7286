package com.jixiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks an .xlsx's zip before anything is read from it: the directory as the reader that copies
 * the input into the filled workbook sees it ({@link WorkbookGraft}), and every part inflated once
 * against its checksum, within POI's zip-bomb limits. The filled workbook copies the parts jixiao
 * does not read byte for byte, so a damaged part would otherwise pass into it unnoticed (found by
 * the fuzzer: a valid-looking run whose filled workbook did not open).
 */
final class ZipCheck {
  /** Below this many inflated bytes a part is never a bomb (as POI's grace size). */
  private static final long GRACE_BYTES = 100 * 1024;

  /** What is wrong: a bomb (a part inflating beyond POI's limits), or damage described. */
  record Damage(boolean bomb, String why) {}

  private ZipCheck() {}

  static Optional<Damage> of(Path xlsx) {
    try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      if (!entries.hasMoreElements()) {
        return Optional.of(new Damage(false, "no parts"));
      }
      byte[] buffer = new byte[1 << 16];
      while (entries.hasMoreElements()) {
        Optional<Damage> damage = check(zip, entries.nextElement(), buffer);
        if (damage.isPresent()) {
          return damage;
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Damage(false, XlsxSource.describe(e)));
    }
  }

  private static Optional<Damage> check(ZipFile zip, ZipArchiveEntry entry, byte[] buffer) {
    if (entry.isDirectory()) {
      return Optional.empty();
    }
    long compressed = Math.max(1, entry.getCompressedSize());
    long limit =
        Math.min(
            ZipSecureFile.getMaxEntrySize(),
            Math.max(GRACE_BYTES, (long) (compressed / ZipSecureFile.getMinInflateRatio())));
    CRC32 crc = new CRC32();
    long size = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        size += n;
        if (size > limit) {
          return Optional.of(new Damage(true, entry.getName()));
        }
        crc.update(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.of(new Damage(false, entry.getName() + ": " + XlsxSource.describe(e)));
    }
    if ((entry.getCrc() != -1 && crc.getValue() != entry.getCrc())
        || (entry.getSize() != -1 && size != entry.getSize())) {
      return Optional.of(new Damage(false, entry.getName() + ": checksum mismatch"));
    }
    return Optional.empty();
  }
}

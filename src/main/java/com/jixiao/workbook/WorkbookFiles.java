package com.jixiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;

/** Saving workbooks so that a crash never leaves a half-written file behind. */
public final class WorkbookFiles {
  private WorkbookFiles() {}

  /**
   * Writes the workbook to a temporary file beside {@code out}, then moves it into place in one
   * step (replacing an existing file). The temporary file is removed if anything fails.
   */
  public static void writeAtomically(Workbook workbook, Path out) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(temp)) {
        workbook.write(stream);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException notSupported) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

package com.jixiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
      readableLikeAnyFile(temp, target);
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

  /**
   * A temporary file is private to its owner; the file it becomes keeps the permissions of the file
   * it replaces, or gets the usual rw-r--r--.
   */
  private static void readableLikeAnyFile(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }
}

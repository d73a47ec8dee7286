package com.jixiao.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file aside and renames it into place, so a reader (or a crash) never sees a half-written
 * file: either the old file or the complete new one.
 */
public final class AtomicFiles {
  /** The temp file of a write in progress is {@code .<name>.<random>.part}, beside the target. */
  public static final String TEMP_SUFFIX = ".part";

  private AtomicFiles() {}

  /** Something that writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    Path dir = Folders.parentOf(target);
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + FileNames.nameOf(target) + ".", TEMP_SUFFIX);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      readableLikeAnyFile(temp, target);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
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

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}

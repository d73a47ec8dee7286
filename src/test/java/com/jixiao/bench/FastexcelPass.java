package com.jixiao.bench;

import java.io.File;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The benchmark's yardstick for reading: dhatim fastexcel-reader iterating every row of every sheet
 * of a workbook and touching each cell's raw value, run as a process of its own. {@code validate}
 * does more (types, checks, errors with cells), so it is compared to this as a ratio.
 *
 * <p>Argument: the workbook. Prints "rows cells".
 */
public final class FastexcelPass {
  private FastexcelPass() {}

  public static void main(String[] args) throws Exception {
    long rows = 0;
    long cells = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(new File(args[0]))) {
      for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            rows++;
            for (Cell cell : row) {
              if (cell != null && cell.getRawValue() != null) {
                cells++;
              }
            }
          }
        }
      }
    }
    System.out.println(rows + " " + cells);
  }
}

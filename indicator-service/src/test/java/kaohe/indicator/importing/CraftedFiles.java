package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Small files built to make an importer walk far more than they hold, as seen on the running system. */
public final class CraftedFiles {

    /** Excel's last row, 1-based. */
    public static final int LAST_ROW = 1_048_576;

    private CraftedFiles() {
    }

    /** A negative list whose 责任处室 cell is merged down to the sheet's last row; optionally that row exists. */
    public static byte[] xlsxMergedToLastRow(boolean lastRowExists) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("负面清单");
            String[][] rows = {
                    {"考核内容", "考核指标", "责任处室", "责任领导"},
                    {"保密工作", "发生违规及失泄密问题的", "办公室", "年奎"},
                    {"督查工作", "未按督查要求落实到位的", "", "年奎"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.addMergedRegionUnsafe(new CellRangeAddress(1, LAST_ROW - 1, 2, 2));
            if (lastRowExists) {
                sheet.createRow(LAST_ROW - 1).createCell(0).setCellValue(" ");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A negative list whose first data cell spans {@code span} grid columns. */
    public static byte[] docxWithGridSpan(long span) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("负面清单");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("考核指标");
            table.getRow(0).getCell(1).setText("责任处室");
            table.getRow(1).getCell(0).setText("发生违规及失泄密问题的");
            table.getRow(1).getCell(1).setText("办公室");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid file with one more entry of {@code size} zero bytes, which deflate about a thousandfold. */
    public static byte[] withZeroEntry(byte[] office, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(office));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A negative list of {@code rows} items in the text form. */
    public static byte[] textTable(int rows) {
        StringBuilder text = new StringBuilder("负面清单\n\n| 考核指标 | 责任处室 |\n|---|---|\n");
        for (int i = 1; i <= rows; i++) {
            text.append("| ").append(i).append(". 未按要求落实的 | 办公室 |\n");
        }
        return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

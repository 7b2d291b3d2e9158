package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What an uploaded file is, decided from its content, never from its name. */
enum FileFormat {
    TEXT, DOCX, XLSX;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int SKIP_BUFFER = 8192;

    /**
     * Lists a zip's entries by inflating each into nothing, counting: an entry or a whole that inflates beyond the
     * limits is refused here, before POI reads (and keeps) any of it.
     */
    static FileFormat of(byte[] content, ImportBudget budget) throws UnreadableFileException {
        if (!startsWith(content, ZIP_MAGIC)) {
            return TEXT;
        }
        Set<String> names = new HashSet<>();
        long maxEntry = budget.limits().maxEntrySize().toBytes();
        long maxTotal = budget.limits().maxInflated().toBytes();
        long total = 0;
        byte[] buffer = new byte[SKIP_BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                long size = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    size += n;
                    total += n;
                    ImportBudget.atMost(size, maxEntry, "压缩包内“" + entry.getName() + "”解压后的字节数");
                    ImportBudget.atMost(total, maxTotal, "压缩包解压后的总字节数");
                    budget.checkTime();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException("文件不是分解表：压缩文件已损坏");
        }
        if (names.contains("word/document.xml")) {
            return DOCX;
        }
        if (names.contains("xl/workbook.xml")) {
            return XLSX;
        }
        throw new UnreadableFileException("文件不是分解表：压缩文件既不是 Word（.docx）也不是 Excel（.xlsx）文档");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package kaohe.indicator.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Imports a decomposition table (目标责任考核指标任务分解表) from .docx, .xlsx or its text form. The format is
 * decided from the content, never from the file name; whatever cannot be read becomes an {@link ImportProblem}.
 */
public final class DecompositionTableReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String FILE = "文件";

    public DecompositionTable read(byte[] content) {
        try {
            return new DecompositionTableParser().parse(tables(content == null ? new byte[0] : content));
        } catch (UnreadableFileException e) {
            return new DecompositionTable(List.of(), List.of(new ImportProblem(FILE, e.getMessage())));
        }
    }

    private static List<RawTable> tables(byte[] content) throws UnreadableFileException {
        if (!startsWith(content, ZIP_MAGIC)) {
            return new TextTableReader().read(content);
        }
        Set<String> entries = zipEntryNames(content);
        if (entries.contains("word/document.xml")) {
            return new DocxTableReader().read(content);
        }
        if (entries.contains("xl/workbook.xml")) {
            return new XlsxTableReader().read(content);
        }
        throw new UnreadableFileException("文件不是分解表：压缩文件既不是 Word（.docx）也不是 Excel（.xlsx）文档");
    }

    private static Set<String> zipEntryNames(byte[] content) throws UnreadableFileException {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableFileException("文件不是分解表：压缩文件已损坏");
        }
        return names;
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

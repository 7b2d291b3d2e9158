package kaohe.indicator.importing;

import java.util.List;

/**
 * Imports a decomposition table (目标责任考核指标任务分解表) from .docx, .xlsx or its text form. The format is
 * decided from the content, never from the file name; whatever cannot be read becomes an {@link ImportProblem},
 * whatever exceeds the {@link ImportLimits} a {@link FileTooComplexException}.
 */
public final class DecompositionTableReader {

    private static final String FILE = "文件";

    private final ImportLimits limits;

    public DecompositionTableReader() {
        this(ImportLimits.DEFAULTS);
    }

    public DecompositionTableReader(ImportLimits limits) {
        this.limits = limits;
        limits.applyToPoi();
    }

    public DecompositionTable read(byte[] content) {
        return read(content, limits.budget());
    }

    DecompositionTable read(byte[] content, ImportBudget budget) {
        try {
            return new DecompositionTableParser(budget).parse(tables(content == null ? new byte[0] : content, budget));
        } catch (UnreadableFileException e) {
            return new DecompositionTable(List.of(), List.of(new ImportProblem(FILE, e.getMessage())));
        }
    }

    private static List<RawTable> tables(byte[] content, ImportBudget budget) throws UnreadableFileException {
        return switch (FileFormat.of(content, budget)) {
            case TEXT -> new TextTableReader(budget).read(content);
            case DOCX -> new DocxTableReader(budget).read(content);
            case XLSX -> new XlsxTableReader(budget).read(content);
        };
    }
}

package kaohe.indicator.importing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One import's allowance: counts what a file makes the importer walk, and its deadline. Every reader reports to
 * it before it walks a thing, so the refusal comes before the work. The deadline is in CPU time of the importing
 * thread: what a crafted file could take from others, and what a busy machine does not inflate for a normal one.
 */
final class ImportBudget {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How many characters a regular expression may read between two looks at the clock. */
    private static final int CHARACTERS_PER_CHECK = 4096;

    private final ImportLimits limits;
    private final long deadline;
    private long rows;
    private long cells;
    private long text;

    ImportBudget(ImportLimits limits) {
        this.limits = limits;
        this.deadline = now() + limits.maxTime().toNanos();
    }

    ImportLimits limits() {
        return limits;
    }

    /** Called inside every loop over a file's content. */
    void checkTime() {
        if (now() - deadline > 0) {
            throw new FileTooComplexException("导入耗用的 CPU 时间超过 " + limits.maxTime().toMillis() + " 毫秒");
        }
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static void atMost(long value, long limit, String what) {
        if (value > limit) {
            throw new FileTooComplexException(what + "为 " + value + "，超过上限 " + limit);
        }
    }

    void rows(long more) {
        rows += more;
        atMost(rows, limits.maxRows(), "表格行数");
        checkTime();
    }

    void columns(long count) {
        atMost(count, limits.maxColumns(), "一行的列数");
    }

    /** Cells about to be produced, e.g. those a merged range fills. */
    void cells(long more) {
        cells += more;
        atMost(cells, limits.maxCells(), "单元格数（含合并单元格填充的）");
    }

    /** Text about to be parsed, of one cell or one indicator. */
    void text(CharSequence more) {
        atMost(more.length(), limits.maxCellLength(), "单个单元格或指标的文字长度");
        text += more.length();
        atMost(text, limits.maxText(), "文件的文字总长度");
    }

    /** The text of a whole file or document, before it is searched. */
    void document(CharSequence whole) {
        atMost(whole.length(), limits.maxText(), "文件的文字总长度");
    }

    /** The text as regular expressions should read it: they stop at the deadline too. */
    CharSequence watched(CharSequence text) {
        return new Watched(text, this);
    }

    private record Watched(CharSequence text, ImportBudget budget, int[] reads) implements CharSequence {

        Watched(CharSequence text, ImportBudget budget) {
            this(text, budget, new int[1]);
        }

        @Override
        public char charAt(int index) {
            if (++reads[0] % CHARACTERS_PER_CHECK == 0) {
                budget.checkTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.subSequence(start, end), budget, reads);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}

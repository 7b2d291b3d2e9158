package kaohe.indicator.importing;

import java.time.Duration;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one imported file may cost ({@code kaohe.import.*}). Sizes are checked before the file is walked, the time
 * while it is, so a crafted file is refused with {@code file-too-complex} instead of holding a core or the heap.
 *
 * @param maxTime          CPU time for the whole import of one file: reading the table and the notice around it
 * @param maxEntrySize     one inflated zip entry (a sheet's or the document's XML)
 * @param maxInflated      all zip entries together, inflated
 * @param minInflateRatio  POI's zip-bomb ratio: an entry compressed better than this is refused
 * @param maxRows          table rows of the whole file
 * @param maxColumns       columns of one row, including those a span or merge covers
 * @param maxMergedRegions merged ranges of one sheet
 * @param maxCells         cells of the whole file, including those a merge fills
 * @param maxCellLength    characters of one cell, and of one indicator's text
 * @param maxText          characters of the whole file's text
 * @param maxTargets       quantitative targets proposed for one indicator
 */
@ConfigurationProperties("kaohe.import")
public record ImportLimits(Duration maxTime, DataSize maxEntrySize, DataSize maxInflated, Double minInflateRatio,
                           Integer maxRows, Integer maxColumns, Integer maxMergedRegions, Integer maxCells,
                           Integer maxCellLength, Integer maxText, Integer maxTargets) {

    public static final ImportLimits DEFAULTS =
            new ImportLimits(null, null, null, null, null, null, null, null, null, null, null);

    public ImportLimits {
        maxTime = maxTime == null ? Duration.ofSeconds(2) : maxTime;
        maxEntrySize = maxEntrySize == null ? DataSize.ofMegabytes(4) : maxEntrySize;
        maxInflated = maxInflated == null ? DataSize.ofMegabytes(16) : maxInflated;
        minInflateRatio = minInflateRatio == null ? 0.01 : minInflateRatio;
        maxRows = maxRows == null ? 5_000 : maxRows;
        maxColumns = maxColumns == null ? 64 : maxColumns;
        maxMergedRegions = maxMergedRegions == null ? 5_000 : maxMergedRegions;
        maxCells = maxCells == null ? 100_000 : maxCells;
        maxCellLength = maxCellLength == null ? 10_000 : maxCellLength;
        maxText = maxText == null ? 1_000_000 : maxText;
        maxTargets = maxTargets == null ? 50 : maxTargets;
    }

    /** POI's limits are global: they are set before any entry of any file is inflated. */
    void applyToPoi() {
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
        ZipSecureFile.setMaxTextSize(maxText);
        IOUtils.setByteArrayMaxOverride((int) Math.min(Integer.MAX_VALUE, maxEntrySize.toBytes()));
    }

    ImportBudget budget() {
        return new ImportBudget(this);
    }
}

package cn.yingji.platform;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb limits, one place for every Office file we open (.docx attachments, .xlsx imports). They are
 * POI-wide statics; we only ever tighten them: a part may not inflate more than 100-fold, nor beyond 64 MB (POI's
 * own default is 4 GB; a 64 MB XML part already costs several hundred MB of heap as a DOM).
 */
public final class ZipBombs {

    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;

    private ZipBombs() {
    }

    /** Applies the limits (idempotent); call before POI opens a package. */
    public static synchronized void tighten() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    /** Whether POI refused the file for these limits (its message, somewhere in the cause chain). */
    public static boolean detected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }
}

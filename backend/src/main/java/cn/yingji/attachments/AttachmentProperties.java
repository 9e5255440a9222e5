package cn.yingji.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for uploaded attachments (附件).
 *
 * @param maxSize      largest accepted file
 * @param maxTextChars extracted text beyond this many characters is dropped (with a warning): the search
 *                     index needs the plan's words, not a 200 MB string in one document
 * @param maxPdfPages  text is taken from the first this many pages only
 * @param maxParseTime a file whose text takes longer to extract is refused (422 {@code attachment-too-complex}): a
 *                     small PDF can expand to hundreds of MB of drawing operators
 */
@ConfigurationProperties("yingji.attachments")
public record AttachmentProperties(
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue("5000000") int maxTextChars,
        @DefaultValue("2000") int maxPdfPages,
        @DefaultValue("PT10S") java.time.Duration maxParseTime) {

    public AttachmentProperties {
        if (maxSize.toBytes() <= 0 || maxTextChars <= 0 || maxPdfPages <= 0 || !maxParseTime.isPositive()) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
    }

    public static AttachmentProperties defaults() {
        return new AttachmentProperties(DataSize.ofMegabytes(50), 5_000_000, 2000, java.time.Duration.ofSeconds(10));
    }

    public AttachmentProperties withMaxParseTime(java.time.Duration time) {
        return new AttachmentProperties(maxSize, maxTextChars, maxPdfPages, time);
    }

    public AttachmentProperties withMaxSize(DataSize size) {
        return new AttachmentProperties(size, maxTextChars, maxPdfPages, maxParseTime);
    }
}

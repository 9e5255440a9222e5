package cn.yingji.attachments;

import java.util.List;

/**
 * What {@link AttachmentInspector} found in an accepted upload.
 *
 * @param mediaType the type detected from the content, never from the file name
 * @param extension the extension that matches the content ({@code pdf} or {@code docx}), for storage keys
 *                  and downloads
 * @param size      bytes
 * @param sha256Hex SHA-256 of the exact bytes, lower-case hex
 * @param text      extracted text with normalised whitespace, for full-text search; may be empty
 * @param warnings  zh-CN notes for the uploader (text capped, no text found, name does not match content)
 */
public record Inspected(String mediaType, String extension, long size, String sha256Hex, String text,
        List<String> warnings) {

    public Inspected {
        warnings = List.copyOf(warnings);
    }
}

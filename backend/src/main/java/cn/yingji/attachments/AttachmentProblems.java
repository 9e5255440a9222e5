package cn.yingji.attachments;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import cn.yingji.platform.ApiException;

/** The attachment errors, one place for their codes and zh-CN wording (listed in docs/attachments.md). */
final class AttachmentProblems {

    static final String TOO_LARGE = "attachment-too-large";
    static final String TYPE_NOT_ALLOWED = "attachment-type-not-allowed";
    static final String UNREADABLE = "attachment-unreadable";
    static final String ENCRYPTED = "attachment-encrypted";
    static final String EMPTY = "attachment-empty";
    static final String TOO_COMPLEX = "attachment-too-complex";

    private static final String ALLOWED = "仅支持 .docx 和 .pdf 文件（按文件内容判断）";
    private static final String ALLOWED_WITH_PHOTOS = "仅支持 .docx、.pdf 文件和 .jpg、.png 照片（按文件内容判断）";

    private AttachmentProblems() {
    }

    static ApiException tooLarge(DataSize limit) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "附件超过 " + human(limit) + " 上限");
    }

    static ApiException typeNotAllowed() {
        return typeNotAllowed("");
    }

    static ApiException typeNotAllowed(boolean photos) {
        return photos ? new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TYPE_NOT_ALLOWED, ALLOWED_WITH_PHOTOS)
                : typeNotAllowed();
    }

    /** @param hint appended after the rule, e.g. what to do with an old .doc */
    static ApiException typeNotAllowed(String hint) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, TYPE_NOT_ALLOWED,
                hint.isEmpty() ? ALLOWED : ALLOWED + "；" + hint);
    }

    static ApiException unreadable(AttachmentKind kind) {
        return ApiException.badRequest(UNREADABLE, "无法读取该 " + kind.label + " 文件，文件可能已损坏");
    }

    /** The content inflates beyond the limits or takes too long to read: a bomb, or a file no one could use either. */
    static ApiException tooComplex() {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, TOO_COMPLEX,
                "文件内容解压后过大或结构过于复杂，无法在限定时间内读取；请另存为普通的 .docx 或 .pdf（或拆分后）重新上传");
    }

    static ApiException encrypted() {
        return ApiException.badRequest(ENCRYPTED, "文件已加密（设有打开密码），请去除密码后重新上传");
    }

    static ApiException empty() {
        return ApiException.badRequest(EMPTY, "附件为空文件");
    }

    static String human(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " 字节";
    }
}

package cn.yingji.attachments;

/** The formats an attachment may have: documents (plans, drill records) and photos (drill records only). */
enum AttachmentKind {

    PDF("application/pdf", "pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (.docx)"),
    JPEG("image/jpeg", "jpg", "JPEG 照片"),
    PNG("image/png", "png", "PNG 照片");

    final String mediaType;
    final String extension;
    final String label;

    AttachmentKind(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }
}

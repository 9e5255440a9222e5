package cn.yingji.attachments;

/** The document formats an emergency plan (应急预案) may be uploaded in. */
enum AttachmentKind {

    PDF("application/pdf", "pdf", "PDF"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (.docx)");

    final String mediaType;
    final String extension;
    final String label;

    AttachmentKind(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }
}

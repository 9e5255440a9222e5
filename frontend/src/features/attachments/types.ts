/** `role` of a plan attachment (docs/attachments.md). */
export type AttachmentRole =
  | 'text'
  | 'compilation_note'
  | 'filing_form'
  | 'review_opinion'
  | 'risk_assessment'
  | 'resource_survey'
  | 'handbook'
  | 'action_plan'
  | 'disposal_card'
  | 'other';

/** `kind` of a drill attachment: documents and photos (docs/drills.md). */
export type AttachmentKind = 'document' | 'photo';

/** `GET /api/v1/plans/{id}/attachments` and `GET /api/v1/drills/{id}/attachments` */
export interface Attachment {
  id: string;
  planId?: string;
  drillId?: string;
  caseId?: string;
  /** Plan attachments. */
  role?: AttachmentRole;
  /** Drill attachments. */
  kind?: AttachmentKind;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  warnings: string[];
}

/** Where a record's attachments live: its list (GET, and POST to upload) and the download of one file. */
export interface AttachmentEndpoints {
  list: string;
  download: (id: string) => string;
}

/** `role` of a plan attachment (docs/attachments.md). */
export type AttachmentRole = 'text' | 'compilation_note' | 'handbook' | 'action_plan' | 'disposal_card' | 'other';

/** `GET /api/v1/plans/{id}/attachments` */
export interface Attachment {
  id: string;
  planId: string;
  role: AttachmentRole;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
  warnings: string[];
}

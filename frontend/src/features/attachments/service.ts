import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest } from '../../api/client';
import { download } from '../../api/download';
import type { Attachment, AttachmentRole } from './types';

const ATTACHMENTS = 'attachments';

export function useAttachments(planId: string) {
  return useQuery({
    queryKey: [ATTACHMENTS, planId],
    queryFn: () => apiGet<Attachment[]>(`/api/v1/plans/${encodeURIComponent(planId)}/attachments`),
  });
}

/** 上传附件 (multipart: file and role); the server checks the type by content and the 50 MB limit. */
export function useUploadAttachment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, role }: { file: File; role: AttachmentRole }) => {
      const form = new FormData();
      form.append('file', file);
      form.append('role', role);
      return apiRequest<Attachment>(`/api/v1/plans/${encodeURIComponent(planId)}/attachments`, {
        method: 'POST',
        body: form,
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [ATTACHMENTS, planId] }),
  });
}

export function useDownloadAttachment() {
  return useMutation({
    mutationFn: (attachment: Attachment) =>
      download(`/api/v1/attachments/${encodeURIComponent(attachment.id)}`, attachment.fileName),
  });
}

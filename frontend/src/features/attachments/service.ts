import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiBlob, apiGet, apiRequest } from '../../api/client';
import { download } from '../../api/download';
import type { Attachment, AttachmentEndpoints, AttachmentRole } from './types';

const ATTACHMENTS = 'attachments';

export function useAttachments(endpoints: AttachmentEndpoints) {
  return useQuery({
    queryKey: [ATTACHMENTS, endpoints.list],
    queryFn: () => apiGet<Attachment[]>(endpoints.list),
  });
}

/** 上传附件 (multipart: file, and the role of a plan file); the server checks the type by content and the 50 MB limit. */
export function useUploadAttachment(endpoints: AttachmentEndpoints) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, role }: { file: File; role?: AttachmentRole }) => {
      const form = new FormData();
      form.append('file', file);
      if (role) {
        form.append('role', role);
      }
      return apiRequest<Attachment>(endpoints.list, { method: 'POST', body: form });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [ATTACHMENTS, endpoints.list] }),
  });
}

/** 删除 a wrong upload (the download's address, DELETE); the list is read again. */
export function useDeleteAttachment(endpoints: AttachmentEndpoints) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachment: Attachment) => apiRequest<void>(endpoints.download(attachment.id), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [ATTACHMENTS, endpoints.list] }),
  });
}

export function useDownloadAttachment(endpoints: AttachmentEndpoints) {
  return useMutation({
    mutationFn: (attachment: Attachment) => download(endpoints.download(attachment.id), attachment.fileName),
  });
}

/** A photo's bytes for its thumbnail; kept while the record is open, never refetched on focus. */
export function usePhoto(url: string) {
  return useQuery({
    queryKey: [ATTACHMENTS, 'photo', url],
    queryFn: () => apiBlob(url, 'image/*'),
    staleTime: Infinity,
  });
}

import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Card, Popconfirm, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { formatTime } from '../../orgUnits/orgUnits';
import { ATTACHMENT_ROLES, formatSize, uploadProblem } from '../attachments';
import { PhotoThumbnail } from './PhotoThumbnail';
import { useAttachments, useDeleteAttachment, useDownloadAttachment, useUploadAttachment } from '../service';
import type { Attachment, AttachmentEndpoints, AttachmentKind, AttachmentRole } from '../types';

interface Props {
  endpoints: AttachmentEndpoints;
  canUpload: boolean;
  /** Whether a wrong file may be removed now (default: when uploading is allowed; a plan: not once submitted). */
  canDelete?: boolean;
  /** A plan's files carry a role (正文, 编制说明 …); a drill record's and a case's are documents or photos. */
  variant: 'plan' | 'drill' | 'case';
}

/**
 * 附件: a plan's 正文 and supporting documents (.docx/.pdf), or a drill record's documents and photos (also
 * .jpg/.png). The owner uploads; everyone who sees the record downloads.
 */
export function AttachmentsCard({ endpoints, canUpload, canDelete = canUpload, variant }: Props) {
  const t = zhCN.attachments;
  const photos = variant !== 'plan';
  const { message } = AntdApp.useApp();
  const { data, isPending } = useAttachments(endpoints);
  const upload = useUploadAttachment(endpoints);
  const downloadFile = useDownloadAttachment(endpoints);
  const deleteFile = useDeleteAttachment(endpoints);
  const [role, setRole] = useState<AttachmentRole>('text');
  const [warnings, setWarnings] = useState<string[]>([]);

  return (
    <Card
      title={photos ? t.drillTitle : t.title}
      data-testid={`${variant}-attachments`}
      extra={
        canUpload && (
          <Space>
            {!photos && (
              <Select<AttachmentRole>
                value={role}
                onChange={setRole}
                style={{ width: 170 }}
                options={ATTACHMENT_ROLES.map((value) => ({ value, label: t.roles[value] }))}
                aria-label={t.role}
              />
            )}
            <Upload
              accept={photos ? '.docx,.pdf,.jpg,.jpeg,.png' : '.docx,.pdf'}
              showUploadList={false}
              beforeUpload={(file) => {
                const problem = uploadProblem(file, photos);
                if (problem) {
                  void message.error(photos && problem === 'type' ? t.problems.typeWithPhotos : t.problems[problem]);
                  return Upload.LIST_IGNORE;
                }
                return true;
              }}
              customRequest={({ file, onSuccess, onError }) => {
                upload
                  .mutateAsync({ file: file as File, role: photos ? undefined : role })
                  .then((saved) => {
                    setWarnings(saved.warnings);
                    void message.success(t.uploaded(saved.fileName));
                    onSuccess?.(saved);
                  })
                  .catch((error: Error) => onError?.(error)); // shown by the central handler
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="attachment-upload">
                {t.upload}
              </Button>
            </Upload>
          </Space>
        )
      }
    >
      {warnings.length > 0 && (
        <Alert type="warning" showIcon closable message={warnings.join('；')} style={{ marginBottom: 12 }} />
      )}
      <Table<Attachment>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: (photos ? 832 : 760) + (canDelete ? 80 : 0) }}
        locale={{ emptyText: variant === 'case' ? t.caseEmpty : photos ? t.drillEmpty : t.empty }}
        columns={[
          photos
            ? {
                title: t.kind,
                dataIndex: 'mediaType',
                width: 110,
                // a case's files carry no kind: the content type tells a photo from a document
                render: (mediaType: string, a: Attachment) => (
                  <Tag>{t.kinds[a.kind ?? ((mediaType.startsWith('image/') ? 'photo' : 'document') as AttachmentKind)]}</Tag>
                ),
              }
            : { title: t.role, dataIndex: 'role', width: 110, render: (value: AttachmentRole) => <Tag>{t.roles[value]}</Tag> },
          ...(photos
            ? [
                {
                  title: t.preview,
                  key: 'thumbnail',
                  width: 72,
                  render: (_: unknown, a: Attachment) =>
                    a.mediaType.startsWith('image/') ? (
                      <PhotoThumbnail url={endpoints.download(a.id)} attachment={a} />
                    ) : null,
                },
              ]
            : []),
          { title: t.fileName, dataIndex: 'fileName', width: 200 },
          { title: t.size, dataIndex: 'sizeBytes', width: 90, render: (value: number) => formatSize(value) },
          { title: t.uploadedBy, dataIndex: 'uploadedBy', width: 110 },
          { title: t.uploadedAt, dataIndex: 'uploadedAt', width: 170, render: (value: string) => formatTime(value) },
          {
            title: '',
            key: 'download',
            width: canDelete ? 170 : 90,
            render: (_, attachment) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => downloadFile.mutate(attachment)}
                  aria-label={t.download}
                >
                  {t.download}
                </Button>
                {canDelete && (
                  <Popconfirm
                    title={t.deleteConfirm(attachment.fileName)}
                    okText={t.delete}
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      deleteFile
                        .mutateAsync(attachment)
                        .then(() => void message.success(t.deleted(attachment.fileName)))
                    }
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t.deleteLabel(attachment.fileName)}>
                      {t.delete}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

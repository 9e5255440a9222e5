import { UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Modal, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, type ProblemError } from '../../../api/problem';
import { zhCN } from '../../../i18n/zh-CN';
import { useImportExperts } from '../service';

/** 批量导入: one .xlsx, all rows or none; the per-row report of a refused file is listed here. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const t = zhCN.experts.importDialog;
  const { message } = AntdApp.useApp();
  const importExperts = useImportExperts();
  const [report, setReport] = useState<{ detail: string; errors: ProblemError[] }>();

  const upload = (file: File) => {
    setReport(undefined);
    importExperts
      .mutateAsync(file)
      .then(({ imported }) => {
        void message.success(t.done(imported));
        onClose();
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.problem.errors) {
          setReport({ detail: error.problem.detail ?? error.message, errors: error.problem.errors });
        }
      });
    return false; // the upload is ours, not antd's
  };

  return (
    <Modal open title={t.title} footer={<Button onClick={onClose}>{t.close}</Button>} onCancel={onClose} width={720}>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
        <Button icon={<UploadOutlined />} loading={importExperts.isPending} data-testid="expert-import-file">
          {t.choose}
        </Button>
      </Upload>
      {report && (
        <>
          <Alert type="error" showIcon style={{ margin: '16px 0 8px' }} message={report.detail} />
          <Table<ProblemError>
            size="small"
            data-testid="expert-import-report"
            rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
            dataSource={report.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t.row, dataIndex: 'row', width: 70 },
              { title: t.field, dataIndex: 'field', width: 120 },
              { title: t.message, dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

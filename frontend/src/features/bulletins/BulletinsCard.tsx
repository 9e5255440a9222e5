import { FileExcelOutlined, FilePdfOutlined, ReloadOutlined } from '@ant-design/icons';
import { App as AntdApp, Button, Card, Space, Table } from 'antd';
import { XLSX, download } from '../../api/download';
import { zhCN } from '../../i18n/zh-CN';
import { bulletinFile, useBulletins, useGenerateBulletin } from './service';
import type { Bulletin } from './types';

/**
 * 定期通报 of the region on screen: the kept monthly bulletins (PDF and .xlsx), and, on the viewer's own region,
 * generating this month's to date.
 */
export function BulletinsCard({ tenantCode, own }: { tenantCode: string; own: boolean }) {
  const t = zhCN.bulletins;
  const { message } = AntdApp.useApp();
  const { data, isFetching } = useBulletins(tenantCode);
  const generate = useGenerateBulletin();
  const fileName = (b: Bulletin, kind: string) => `${b.tenantName}${b.month}合规通报.${kind}`;

  return (
    <Card
      size="small"
      title={t.title}
      data-testid="bulletins"
      extra={
        own && (
          <Button
            icon={<ReloadOutlined />}
            loading={generate.isPending}
            onClick={() => generate.mutate(undefined, { onSuccess: () => void message.success(t.generated) })}
          >
            {t.generate}
          </Button>
        )
      }
    >
      <Table<Bulletin>
        rowKey="id"
        size="small"
        loading={isFetching}
        pagination={false}
        dataSource={data ?? []}
        locale={{ emptyText: t.none }}
        columns={[
          { title: t.month, dataIndex: 'month' },
          { title: t.score, dataIndex: 'score', render: (score: number | null) => score ?? '—' },
          { title: t.generatedAt, dataIndex: 'generatedAt', render: (at: string) => at.slice(0, 16).replace('T', ' ') },
          {
            title: t.generatedBy,
            dataIndex: 'generatedBy',
            render: (by: string) => (by.startsWith('system:') ? t.bySchedule : by),
          },
          {
            title: t.files,
            key: 'files',
            render: (_, b) => (
              <Space>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  onClick={() => void download(bulletinFile(b.id, 'pdf'), fileName(b, 'pdf'), 'application/pdf')}
                >
                  PDF
                </Button>
                <Button
                  size="small"
                  icon={<FileExcelOutlined />}
                  onClick={() => void download(bulletinFile(b.id, 'xlsx'), fileName(b, 'xlsx'), XLSX)}
                >
                  Excel
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

import { CheckOutlined, DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Skeleton, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { access } from '../../access';
import { useUrlChoice } from '../../components/useUrlChoice';
import { useConfirmAction } from '../../components/useConfirmAction';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { FilingDecision } from './components/FilingDecision';
import { FilingDueOn } from './components/FilingDueOn';
import { FilingAcknowledgement } from './components/FilingAcknowledgement';
import { ReceiptButton } from './components/ReceiptButton';
import { ReturnModal } from './components/ReturnModal';
import { FILING_STATUSES, canDecide } from './filings';
import { useDecideFiling, useExportInbox, useFilingInbox } from './service';
import type { Filing, FilingStatus } from './types';

function InboxTable({ status, canReview }: { status: FilingStatus; canReview: boolean }) {
  const t = zhCN.filings;
  const confirm = useConfirmAction();
  const { data, isPending } = useFilingInbox(status);
  const decide = useDecideFiling();
  const [returning, setReturning] = useState<Filing>();

  const accept = (filing: Filing) =>
    confirm({
      title: t.accept,
      content: (
        <>
          <Typography.Paragraph strong>{filing.planTitle}</Typography.Paragraph>
          {t.acceptConfirm}
        </>
      ),
      okText: t.ok,
      cancelText: t.cancel,
      run: () => decide.mutateAsync({ id: filing.id, decision: 'accept' }),
      done: t.accepted,
    });

  return (
    <>
      <Table<Filing>
        rowKey="id"
        loading={isPending}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        data-testid={`inbox-${status}`}
        columns={[
          {
            title: t.columns.plan,
            key: 'plan',
            render: (_, filing) => (
              <Space direction="vertical" size={0}>
                <Link to={`/plans/${filing.planId}`}>{filing.planTitle}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.planVersion(filing.planVersionNo)}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t.columns.submitter, dataIndex: 'submitterTenantName', key: 'submitter', width: 100 },
          {
            title: t.columns.route,
            key: 'route',
            render: (_, filing) => (
              <Space direction="vertical" size={0}>
                <span>{filing.routeDescription}</span>
                {filing.deliverVia && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {`${t.route.receivingUnit}：${filing.deliverVia}`}
                  </Typography.Text>
                )}
                {filing.copyTo.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.copyTo(filing.copyTo.join('、'))}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t.columns.submittedAt, key: 'submittedOn', render: (_, filing) => <span style={{ whiteSpace: 'nowrap' }}>{filing.submittedOn}</span> },
          {
            title: t.columns.dueOn,
            key: 'dueOn',
            render: (_, filing) => <FilingDueOn filing={filing} />,
          },
          {
            title: t.acknowledgementDueOn,
            key: 'acknowledgement',
            render: (_: unknown, filing: Filing) => <FilingAcknowledgement filing={filing} />,
          },
          ...(status === 'pending'
            ? []
            : [{ title: t.columns.decision, key: 'decision', render: (_: unknown, filing: Filing) => <FilingDecision filing={filing} /> }]),
          {
            title: t.columns.actions,
            key: 'actions',
            render: (_, filing) => (
              <Space size={4} wrap>
                {canDecide(filing, canReview) && (
                  <>
                    <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => accept(filing)}>
                      {t.accept}
                    </Button>
                    <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(filing)}>
                      {t.return}
                    </Button>
                  </>
                )}
                <ReceiptButton filing={filing} size="small" />
              </Space>
            ),
          },
        ]}
      />
      {returning && <ReturnModal filing={returning} onClose={() => setReturning(undefined)} />}
    </>
  );
}

/** 备案审查: the filings addressed to the caller's tenant, by status. */
export default function FilingInboxPage() {
  const t = zhCN.filings;
  const { data: me } = useMe();
  const [tab, setTab] = useUrlChoice<FilingStatus>('tab', ['pending', 'filed', 'returned'], 'pending');
  const exportInbox = useExportInbox();
  if (!me) {
    return <Skeleton active />;
  }
  const canReview = access(me.roles).canReview;
  return (
    <Card
      title={t.inboxTitle}
      extra={
        canReview && (
          <Button
            icon={<DownloadOutlined />}
            loading={exportInbox.isPending}
            data-testid="inbox-export"
            onClick={() => exportInbox.mutate({ status: tab, fileName: t.exportFileName(t.tabs[tab]) })}
          >
            {t.export}
          </Button>
        )
      }
    >
      {!canReview && <Alert type="info" showIcon message={t.noRole} style={{ marginBottom: 16 }} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as FilingStatus)}
        destroyOnHidden
        items={FILING_STATUSES.map((status) => ({
          key: status,
          label: t.tabs[status],
          children: <InboxTable status={status} canReview={canReview} />,
        }))}
      />
    </Card>
  );
}

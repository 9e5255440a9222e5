import { App as AntdApp, Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { download } from '../../api/download';
import { zhCN } from '../../i18n/zh-CN';
import { formatTime } from '../events/events';
import { LEVEL_COLORS } from './warnings';
import { useAcknowledgeWarning, useApproveWarning, useFollowUpWarning, usePublishWarning, useWarning } from './service';
import type { Acknowledgement } from './types';

/**
 * One warning: its words, area and time; 签发 and 发布 for the issuing office (once — then only 更新 or 解除); each
 * tenant of the area and its 叫应, who is to be called down; 叫应 for a tenant of the area; its CAP 1.2 document.
 */
export default function WarningPage() {
  const t = zhCN.warnings;
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = AntdApp.useApp();
  const { data: w, isLoading } = useWarning(id);
  const approve = useApproveWarning();
  const publish = usePublishWarning();
  const followUp = useFollowUpWarning();
  const acknowledge = useAcknowledgeWarning();
  const [approver, setApprover] = useState('');
  if (!w) {
    return <Card loading={isLoading} />;
  }
  const callDown = w.acknowledgements.filter((a) => a.callDown);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <Tag color={LEVEL_COLORS[w.level]}>{w.levelLabel}</Tag>
            <span data-testid="warning-headline">{w.headline}</span>
            <Tag data-testid="warning-detail-status">{w.statusLabel}</Tag>
          </Space>
        }
        extra={
          <Space>
            {w.mine && w.status === 'draft' && (
              <Space.Compact>
                <Input
                  placeholder={t.approverName}
                  value={approver}
                  onChange={(e) => setApprover(e.target.value)}
                  data-testid="approver-name"
                />
                <Button
                  disabled={!approver.trim()}
                  loading={approve.isPending}
                  onClick={() => approve.mutateAsync({ id, approverName: approver, version: w.version }).then(() => message.success(t.approved))}
                  data-testid="approve-warning"
                >
                  {t.approve}
                </Button>
              </Space.Compact>
            )}
            {w.mine && w.status === 'approved' && (
              <Button
                type="primary"
                danger
                loading={publish.isPending}
                onClick={() => publish.mutateAsync({ id, version: w.version }).then(() => message.success(t.published))}
                data-testid="publish-warning"
              >
                {t.publish}
              </Button>
            )}
            {w.mine && w.status === 'published' && w.message !== 'cancel' && (
              <>
                <Button onClick={() => followUp.mutateAsync({ id, kind: 'update' }).then((d) => navigate(`/warnings/${d.id}`))}>
                  {t.update}
                </Button>
                <Button danger onClick={() => followUp.mutateAsync({ id, kind: 'cancel' }).then((d) => navigate(`/warnings/${d.id}`))}>
                  {t.cancel}
                </Button>
              </>
            )}
            {w.toAcknowledge && (
              <Button
                type="primary"
                loading={acknowledge.isPending}
                onClick={() => acknowledge.mutateAsync(id).then(() => message.success(t.acknowledgedDone))}
                data-testid="acknowledge-warning"
              >
                {t.acknowledge}
              </Button>
            )}
            {w.identifier && (
              <Button onClick={() => void download(`/api/v1/warnings/${id}/cap.xml`, `${w.identifier}.xml`)}>{t.cap}</Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t.issuer}>{w.tenantName}</Descriptions.Item>
          <Descriptions.Item label={t.form.hazard}>{w.hazard}</Descriptions.Item>
          <Descriptions.Item label={t.messageTitle}>{w.messageLabel}</Descriptions.Item>
          <Descriptions.Item label={t.identifier}>{w.identifier ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.area}>{`${w.areaNames.join('、')}（${w.areaDesc}）`}</Descriptions.Item>
          <Descriptions.Item label={t.form.span}>{`${formatTime(w.onset)} 至 ${formatTime(w.expires)}`}</Descriptions.Item>
          <Descriptions.Item label={t.form.audience}>{w.audience}</Descriptions.Item>
          <Descriptions.Item label={t.form.channels}>{w.channels.map((c) => t.channels[c] ?? c).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t.approverName}>{w.approverName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.publishedAt}>{formatTime(w.publishedAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph>{w.description}</Typography.Paragraph>
        {w.instruction && <Typography.Paragraph type="secondary">{`${t.form.instruction}：${w.instruction}`}</Typography.Paragraph>}
      </Card>
      {w.acknowledgements.length > 0 && (
        <Card title={t.acknowledgements} extra={w.acknowledgeBy && `${t.acknowledgeBy}：${formatTime(w.acknowledgeBy)}`}>
          <Table<Acknowledgement>
            rowKey="tenantCode"
            size="small"
            pagination={false}
            dataSource={w.acknowledgements}
            data-testid="acknowledgements"
            columns={[
              { title: t.area, dataIndex: 'tenantName' },
              {
                title: t.acknowledged,
                render: (_, a) =>
                  a.acknowledgedAt ? (
                    <Tag color={a.late ? 'orange' : 'green'} data-testid="ack-state">
                      {`${a.late ? t.ackLate : t.ackDone} ${a.acknowledgedBy ?? ''} ${formatTime(a.acknowledgedAt)}`}
                    </Tag>
                  ) : (
                    <Tag color={a.callDown ? 'red' : 'default'} data-testid="ack-state">
                      {a.callDown ? t.callDown : t.ackPending}
                    </Tag>
                  ),
              },
            ]}
          />
          {callDown.length > 0 && (
            <Typography.Paragraph type="danger" data-testid="call-down">
              {`${t.callDownList}：${callDown.map((a) => a.tenantName).join('、')}`}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </Space>
  );
}

import { EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntdApp,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DetailNotFound } from '../../components/DetailPage';
import { zhCN } from '../../i18n/zh-CN';
import { AttachmentsCard } from '../attachments/components/AttachmentsCard';
import { formatStepTime, lossesLine, severityColor } from './cases';
import { CaseFormModal } from './components/CaseFormModal';
import { CaseHits } from './components/CaseHits';
import { caseAttachments, useCase, useCaseWorkflow, useSimilarCases } from './service';
import type { Case, Named, WorkflowAction } from './types';

const names = (items: Named[]) =>
  items.map((item) => (
    <Tag key={item.id} bordered={false}>
      {item.name ?? zhCN.cases.detail.hidden}
    </Tag>
  ));

function Text({ title, text, testId }: { title: string; text: string; testId: string }) {
  return text.trim() === '' ? null : (
    <Card size="small" title={title} data-testid={testId}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{text}</Typography.Paragraph>
    </Card>
  );
}

/** 案例详情: the facts, the response timeline, what worked, problems and lessons, links, files, and 相似案例. */
export default function CaseDetailPage() {
  const t = zhCN.cases;
  const { id = '' } = useParams();
  const { modal, message } = AntdApp.useApp();
  const { data: c, isPending, isError } = useCase(id);
  const similar = useSimilarCases(id);
  const workflow = useCaseWorkflow();
  const [editing, setEditing] = useState(false);

  if (isError) {
    return <DetailNotFound title={t.detail.notFound} back={t.detail.back} to="/cases" />;
  }
  if (isPending) {
    return <Skeleton active />;
  }

  const step = (action: WorkflowAction, current: Case, note?: string, classic?: boolean) =>
    workflow
      .mutateAsync({ id: current.id, action, version: current.version, note, classic })
      .then(() => void message.success(t.actions.done[action]));
  const confirmReview = () =>
    modal.confirm({ title: t.actions.review, content: t.actions.reviewConfirm, onOk: () => step('review', c) });
  const confirmPublish = () => {
    let classic = false;
    modal.confirm({
      title: t.actions.publish,
      content: (
        <Space direction="vertical">
          {t.actions.publishConfirm}
          <Checkbox onChange={(e) => (classic = e.target.checked)}>
            {t.actions.classic}
          </Checkbox>
        </Space>
      ),
      onOk: () => step('publish', c, undefined, classic),
    });
  };
  const giveBack = () => {
    let note = '';
    modal.confirm({
      title: t.actions.return,
      content: <Input.TextArea rows={3} placeholder={t.actions.returnReason} onChange={(e) => (note = e.target.value)} />,
      onOk: () => step('withdraw', c, note),
    });
  };
  const canReview = c.canEdit;
  const losses = lossesLine(c.losses);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span data-testid="case-title">{c.title}</span>
            <Tag color={c.status === 'published' ? 'green' : c.status === 'reviewed' ? 'blue' : 'default'} data-testid="case-status">
              {c.statusLabel}
            </Tag>
            {c.classic && (
              <Tag color="gold" data-testid="case-classic">
                {t.classic}
              </Tag>
            )}
          </Space>
        }
        extra={
          <Space wrap>
            {c.canEdit && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t.actions.edit}
              </Button>
            )}
            {canReview && (
              <Button type="primary" onClick={confirmReview} data-testid="case-review">
                {t.actions.review}
              </Button>
            )}
            {c.canPublish && (
              <Button type="primary" onClick={confirmPublish} data-testid="case-publish">
                {t.actions.publish}
              </Button>
            )}
            {c.canReturn &&
              (c.own ? (
                <Button onClick={() => void step('withdraw', c)}>{t.actions.withdraw}</Button>
              ) : (
                <Button danger onClick={giveBack}>
                  {t.actions.return}
                </Button>
              ))}
            <Link to="/cases">{t.detail.back}</Link>
          </Space>
        }
      >
        {c.reviewNote && c.status === 'draft' && (
          <Alert type="warning" showIcon message={t.detail.returned(c.reviewNote)} style={{ marginBottom: 12 }} />
        )}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t.detail.eventType}>{c.eventType}</Descriptions.Item>
          <Descriptions.Item label={t.detail.severity}>
            <Tag color={severityColor(c.severity)}>{c.severityLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t.detail.occurredOn}>{c.occurredOn}</Descriptions.Item>
          <Descriptions.Item label={t.detail.place}>
            {[c.place.province, c.place.city, c.place.name].filter((v, i, all) => v && all.indexOf(v) === i).join(' ')}
            {c.place.text && `（${c.place.text}）`}
          </Descriptions.Item>
          <Descriptions.Item label={t.detail.tenant}>{c.tenantName}</Descriptions.Item>
          {c.publishedBy && <Descriptions.Item label={t.detail.publishedBy}>{c.publishedBy}</Descriptions.Item>}
          {(losses || c.losses.note) && (
            <Descriptions.Item label={t.detail.losses} span={3}>
              {[losses, c.losses.note].filter(Boolean).join('；')}
            </Descriptions.Item>
          )}
          {c.source && (
            <Descriptions.Item label={t.detail.source} span={3}>
              {c.source}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Text title={t.detail.summary} text={c.summary} testId="case-summary" />
            <Card size="small" title={t.detail.timeline} data-testid="case-timeline">
              {c.timeline.length === 0 ? (
                <Empty description={t.detail.noTimeline} />
              ) : (
                <Timeline
                  items={c.timeline.map((s) => ({
                    children: (
                      <>
                        <Typography.Text strong>{formatStepTime(s.at)}</Typography.Text>
                        <div>{s.description}</div>
                      </>
                    ),
                  }))}
                />
              )}
            </Card>
            <Text title={t.detail.whatWorked} text={c.whatWorked} testId="case-what-worked" />
            <Text title={t.detail.problems} text={c.problems} testId="case-problems" />
            <Text title={t.detail.lessons} text={c.lessons} testId="case-lessons" />
            {c.plans.length + c.drills.length + c.actions.length > 0 && (
              <Card size="small" title={t.detail.links}>
                <Descriptions size="small" column={1}>
                  {c.plans.length > 0 && <Descriptions.Item label={t.detail.plans}>{names(c.plans)}</Descriptions.Item>}
                  {c.drills.length > 0 && <Descriptions.Item label={t.detail.drills}>{names(c.drills)}</Descriptions.Item>}
                  {c.actions.length > 0 && (
                    <Descriptions.Item label={t.detail.actions}>{names(c.actions)}</Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
            )}
            <AttachmentsCard variant="case" endpoints={caseAttachments(c.id)} canUpload={c.canEdit} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t.detail.similar} data-testid="similar-cases">
            <CaseHits hits={similar.data ?? []} loading={similar.isPending} empty={t.detail.noSimilar} testId="similar-list" />
          </Card>
        </Col>
      </Row>
      {editing && <CaseFormModal editing={c} onClose={() => setEditing(false)} />}
    </Space>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { BackLink, DetailNotFound } from '../../components/DetailPage';
import { zhCN } from '../../i18n/zh-CN';
import { useMe } from '../me/service';
import { useTenantTree } from '../tenants/service';
import { InstructionsCard } from './components/InstructionsCard';
import { formatTime, isBelow } from './events';
import { bulletinPdf, useBulletinInstructions, useInfoBulletin } from './service';

/**
 * 信息快报: the masthead and issue, the text, who it went to; the PDF for print and fax; the leaders' 批示 on it, to the
 * regions it went to (or, sent to none, the regions right below) and their feedback.
 */
export default function InfoBulletinPage() {
  const t = zhCN.events.bulletins;
  const { id = '' } = useParams();
  const { data: b, isLoading, isError } = useInfoBulletin(id);
  const { data: me } = useMe();
  const { data: tree } = useTenantTree();
  const { data: instructions } = useBulletinInstructions(id);
  if (isLoading) {
    return <Skeleton active />;
  }
  if (isError || !b) {
    return <DetailNotFound title={zhCN.layout.notFound} back={t.title} to="/info-bulletins" />;
  }
  const named = b.addressees.filter((a) => (me ? isBelow(a.code, me.tenant) : false));
  const tiers = named.length ? named : (tree?.root.children ?? []).map((c) => ({ code: c.code, name: c.name }));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to="/info-bulletins">{t.title}</BackLink>
      <Card
        data-testid="info-bulletin"
        title={
          <Space direction="vertical" size={0}>
            <Typography.Title level={3} style={{ color: '#c00', margin: 0 }}>
              {b.seriesLabel}
            </Typography.Title>
            <Typography.Text type="secondary" data-testid="bulletin-issue">
              {`${b.issue} ${b.tenantName} ${formatTime(b.issuedAt)}`}
            </Typography.Text>
          </Space>
        }
        extra={
          <Button icon={<DownloadOutlined />} onClick={() => void bulletinPdf(b)}>
            {t.pdf}
          </Button>
        }
      >
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          {b.title}
        </Typography.Title>
        {b.body.split('\n').map((p, i) =>
          p.trim() ? (
            <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
              {p}
            </Typography.Paragraph>
          ) : null,
        )}
        <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
          {b.eventId && (
            <Descriptions.Item label={t.event}>
              <Link to={`/events/${b.eventId}`}>{b.eventTitle ?? t.event}</Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t.leaders}>{b.leaders || '—'}</Descriptions.Item>
          <Descriptions.Item label={t.addressees}>{b.addressees.map((a) => a.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t.departments}>{b.departments || '—'}</Descriptions.Item>
          <Descriptions.Item label={t.compiledBy}>{b.compiledBy}</Descriptions.Item>
          <Descriptions.Item label={t.approvedBy}>{b.approvedBy}</Descriptions.Item>
        </Descriptions>
      </Card>
      <InstructionsCard on={{ bulletinId: b.id }} instructions={instructions ?? []} tiersBelow={tiers} />
    </Space>
  );
}

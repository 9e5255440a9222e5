import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import { access } from '../../../access';
import { zhCN } from '../../../i18n/zh-CN';
import { useInvocations } from '../../experts/service';
import { useInbox } from '../../notifications/service';
import { useObligationSummary } from '../../obligations/service';
import type { Me } from '../types';

/** One figure: what it counts, and the list behind it a click opens (a page, or a card of the workbench). */
function Figure({ title, value, to, danger }: { title: string; value?: number; to: string; danger?: boolean }) {
  const navigate = useNavigate();
  const open = () => {
    if (to.startsWith('#')) {
      document.querySelector(`[data-testid="${to.slice(1)}"]`)?.scrollIntoView({ behavior: 'smooth' });
    } else {
      void navigate(to);
    }
  };
  return (
    <Col xs={12} md={6}>
      <Card hoverable size="small" onClick={open} data-testid={`figure-${title}`}>
        <Statistic title={title} value={value ?? '—'} valueStyle={danger && value ? { color: '#cf1322' } : undefined} />
      </Card>
    </Col>
  );
}

/** An expert's invitations still to answer (待应答). */
function InvitationsFigure({ title }: { title: string }) {
  const { data } = useInvocations('addressed');
  return <Figure title={title} value={data?.filter((i) => i.status === 'requested').length} to="/expert-invocations" />;
}

/** 关键数字 on top of the workbench: 待办, 已逾期, 下级逾期 (city and province), 未读消息 — each opening its list. */
export function KeyFigures({ me }: { me: Me }) {
  const t = zhCN.me.figures;
  const can = access(me.roles);
  const { data: summary } = useObligationSummary(can.actsOnObligations);
  const { data: inbox } = useInbox(8);
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {can.actsOnObligations && <Figure title={t.open} value={summary?.open} to="#obligations-assigned" />}
      {can.actsOnObligations && <Figure title={t.overdue} value={summary?.overdue} to="#obligations-assigned" danger />}
      {can.actsOnObligations && me.tenant.tier !== 'county' && (
        <Figure title={t.overdueBelow} value={summary?.overdueBelow} to="#obligations-below" danger />
      )}
      {can.answersOwnInvitations && <InvitationsFigure title={t.invitations} />}
      <Figure title={t.unread} value={inbox?.unread} to="/notifications" />
    </Row>
  );
}

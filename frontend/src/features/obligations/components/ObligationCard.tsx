import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { countdown, origin, urgency, workPage } from '../obligations';
import { type ObligationScope, useDeadlineFigures, useObligations } from '../service';

const URGENCY_COLOR = { overdue: 'red', soon: 'orange', ok: 'blue' } as const;

/**
 * 待办事项 (what the office must do, soonest due first) or 下级逾期事项 (what the tenants below let pass, longest
 * overdue first): each with its countdown and the page where it is dealt with.
 */
export function ObligationCard({ scope, region }: { scope: ObligationScope; region?: string }) {
  const t = zhCN.obligations;
  const { data, isLoading } = useObligations(scope);
  return (
    <Card title={t.title[scope]} data-testid={`obligations-${scope}`}>
      {scope === 'below' && region ? <OverdueByRegion region={region} /> : null}
      <List
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty description={t.none[scope]} /> }}
        renderItem={(o) => (
          <List.Item actions={[<Link key="go" to={workPage(o)}>{t.go[scope]}</Link>]}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{o.kindLabel}</Tag>
                  <Typography.Text>{o.subject}</Typography.Text>
                  {o.rungLabel && <Tag color="volcano">{o.rungLabel}</Tag>}
                </Space>
              }
              description={t.line(scope === 'below' ? o.assigneeTenantName : origin(o), o.dueOn)}
            />
            <Tag color={URGENCY_COLOR[urgency(o)]}>{countdown(o)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * 下级逾期, per region below: how many obligations each has let pass (逾期未办, live from the obligations), the
 * worst first, each opening the region's 合规看板 with its 时限办理.
 */
function OverdueByRegion({ region }: { region: string }) {
  const t = zhCN.obligations;
  const { data } = useDeadlineFigures(region);
  const regions = (data?.lines ?? [])
    .filter((line) => !line.own && !line.total && line.all.overdue > 0)
    .sort((a, b) => b.all.overdue - a.all.overdue);
  if (regions.length === 0) {
    return null;
  }
  return (
    <Space wrap size={[8, 8]} style={{ marginBottom: 12 }} data-testid="overdue-by-region">
      <Typography.Text type="secondary">{t.byRegion}</Typography.Text>
      {regions.map((line) => (
        <Link key={line.tenantCode} to={`/compliance/${line.tenantCode}`}>
          <Tag color="red">{t.regionOverdue(line.tenantName, line.all.overdue)}</Tag>
        </Link>
      ))}
    </Space>
  );
}

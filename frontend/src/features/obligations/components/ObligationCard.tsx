import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { countdown, origin, urgency, workPage } from '../obligations';
import { type ObligationScope, useObligations } from '../service';

const URGENCY_COLOR = { overdue: 'red', soon: 'orange', ok: 'blue' } as const;

/**
 * 待办事项 (what the office must do, soonest due first) or 下级逾期事项 (what the tenants below let pass, longest
 * overdue first): each with its countdown and the page where it is dealt with.
 */
export function ObligationCard({ scope }: { scope: ObligationScope }) {
  const t = zhCN.obligations;
  const { data, isLoading } = useObligations(scope);
  return (
    <Card title={t.title[scope]} data-testid={`obligations-${scope}`}>
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

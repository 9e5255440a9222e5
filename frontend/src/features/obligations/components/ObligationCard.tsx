import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';
import { countdown, origin, urgency, workPage } from '../obligations';
import { useOpenObligations } from '../service';

const URGENCY_COLOR = { overdue: 'red', soon: 'orange', ok: 'blue' } as const;

/** 待办事项: what the office must do, soonest due first, each with its countdown and where to do it. */
export function ObligationCard() {
  const t = zhCN.obligations;
  const { data, isLoading } = useOpenObligations();
  return (
    <Card title={t.title} data-testid="obligations">
      <List
        loading={isLoading}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty description={t.none} /> }}
        renderItem={(o) => (
          <List.Item actions={[<Link key="go" to={workPage(o)}>{t.go}</Link>]}>
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag>{o.kindLabel}</Tag>
                  <Typography.Text>{o.subject}</Typography.Text>
                </Space>
              }
              description={t.line(origin(o), o.dueOn)}
            />
            <Tag color={URGENCY_COLOR[urgency(o)]}>{countdown(o)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}

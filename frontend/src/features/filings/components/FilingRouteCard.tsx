import { Alert, Descriptions, Skeleton } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { useFilingRoute, type RouteQuery } from '../service';

const t = zhCN.filings.route;

/**
 * 备案去向: where the plan will be filed and which unit takes it in, computed by the server from the category and the
 * owning unit exactly as a submission will be; shown in the plan form while the plan is a draft and before 报送.
 */
export function FilingRouteCard({ query }: { query: RouteQuery }) {
  const route = useFilingRoute(query);
  if (!query.category || !query.ownerUnitId) {
    return null;
  }
  if (route.isPending && route.fetchStatus !== 'idle') {
    return <Skeleton active paragraph={{ rows: 1 }} />;
  }
  if (!route.data) {
    return null;
  }
  if (route.data.refused !== undefined) {
    return <Alert type="warning" showIcon data-testid="filing-route-refused" message={route.data.refused} />;
  }
  return (
    <Descriptions column={1} bordered size="small" data-testid="filing-route-preview">
      <Descriptions.Item label={t.authority}>{route.data.authority}</Descriptions.Item>
      <Descriptions.Item label={t.receivingUnit}>
        {route.data.outsidePlatform ? t.outsidePlatform : route.data.receivingUnit ?? route.data.authority}
      </Descriptions.Item>
      <Descriptions.Item label={t.description}>{route.data.description}</Descriptions.Item>
    </Descriptions>
  );
}

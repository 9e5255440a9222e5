import { Card, Descriptions, Empty, Space, Typography } from 'antd';
import { zhCN } from '../../../i18n/zh-CN';
import { policySections } from '../policy';

export function PolicyCard({ policy }: { policy: Record<string, unknown> }) {
  const sections = policySections(policy);
  return (
    <Card title={zhCN.me.policy} extra={<Typography.Text type="secondary">{zhCN.me.policyTip}</Typography.Text>}>
      {sections.length === 0 ? (
        <Empty description={zhCN.me.policyEmpty} />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {sections.map((section) => (
            <Descriptions
              key={section.key}
              title={section.title}
              column={1}
              bordered
              size="small"
              items={section.items.map(({ key, label, value }) => ({ key, label, children: value }))}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}

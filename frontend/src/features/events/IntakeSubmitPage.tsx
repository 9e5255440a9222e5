import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { zhCN } from '../../i18n/zh-CN';
import { IntakeFormModal } from './components/IntakeFormModal';
import { formatTime } from './events';
import { useIntake } from './service';

/** 信息上报: a township's or department's 信息员 reports what it learns to its office, and follows what it sent. */
export default function IntakeSubmitPage() {
  const t = zhCN.events.intake;
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useIntake(null);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space direction="vertical">
          <Typography.Text>{t.submitHint}</Typography.Text>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="new-intake">
            {t.submitTitle}
          </Button>
        </Space>
      </Card>
      <Card title={t.mine}>
        <List
          loading={isLoading}
          dataSource={data ?? []}
          locale={{ emptyText: <Empty /> }}
          renderItem={(item) => (
            <List.Item data-testid="my-intake">
              <Space direction="vertical">
                <Space>
                  <Typography.Text type="secondary">{formatTime(item.receivedAt)}</Typography.Text>
                  <Tag color={item.state === 'new' ? 'orange' : 'green'}>{item.stateLabel}</Tag>
                </Space>
                <Typography.Text>{item.content}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {open ? <IntakeFormModal informant onClose={() => setOpen(false)} /> : null}
    </Space>
  );
}

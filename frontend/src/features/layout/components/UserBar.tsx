import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Divider, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { roleLabel, tierLabel } from '../../../i18n/labels';
import { zhCN } from '../../../i18n/zh-CN';
import { access } from '../../../access';
import { useSession } from '../../auth/useSession';
import { SpotCheckPrompt } from '../../duty/components/SpotCheckPrompt';
import { useMe } from '../../me/service';
import { NotificationBell } from '../../notifications/components/NotificationBell';

/** Right side of the header: where I am, who I am, and the way out; a spot check of the office, unmissable. */
export function UserBar() {
  const { logout } = useSession();
  const { data: me } = useMe();
  const roles = me?.roles.map(roleLabel).filter((label) => label !== undefined) ?? [];
  return (
    <Space size="middle" split={<Divider type="vertical" />}>
      <NotificationBell />
      {me && access(me.roles).receivesIntake && <SpotCheckPrompt />}
      {me && (
        <Space size={6} data-testid="tenant">
          <Typography.Text strong>{me.tenant.name}</Typography.Text>
          <Tag color="geekblue" bordered={false}>
            {tierLabel(me.tenant.tier)}
          </Tag>
        </Space>
      )}
      {me && (
        <Space size={6}>
          <Avatar size="small" icon={<UserOutlined />} />
          <Link to="/profile" data-testid="user-name" title={zhCN.layout.menu.profile}>
            {me.name}
          </Link>
          <Typography.Text type="secondary">{roles.join('、')}</Typography.Text>
        </Space>
      )}
      <Button type="text" icon={<LogoutOutlined />} onClick={logout}>
        {zhCN.auth.logout}
      </Button>
    </Space>
  );
}

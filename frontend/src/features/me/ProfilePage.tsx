import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { zhCN } from '../../i18n/zh-CN';
import { useSession } from '../auth/useSession';
import { MyInfoCard } from './components/MyInfoCard';
import { useMe } from './service';

/**
 * 个人中心: who I am and where (单位, 层级, 角色, what I may do), and my account — the password is changed on
 * Keycloak's own form (the platform never sees it), which returns here.
 */
export default function ProfilePage() {
  const t = zhCN.me.profile;
  const { data: me } = useMe();
  const { changePassword, logout } = useSession();
  if (!me) {
    return <Skeleton active />;
  }
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <MyInfoCard me={me} />
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t.account} data-testid="profile-account">
          <Typography.Paragraph>{t.name(me.name)}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t.passwordHint}</Typography.Paragraph>
          <Space>
            <Button type="primary" icon={<KeyOutlined />} onClick={changePassword}>
              {t.changePassword}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={logout}>
              {zhCN.auth.logout}
            </Button>
          </Space>
        </Card>
      </Col>
    </Row>
  );
}

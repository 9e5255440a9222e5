import { AlertOutlined } from '@ant-design/icons';
import { Layout, Typography } from 'antd';
import { Outlet } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { SearchBox } from '../search/components/SearchBox';
import { PageBreadcrumb } from './components/PageBreadcrumb';
import { SideMenu } from './components/SideMenu';
import { UserBar } from './components/UserBar';

/** The shell around every page: menu on the left, user and tenant in the header, the page's breadcrumb above it. */
export default function AppLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={0}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 20px' }}>
          <AlertOutlined style={{ color: '#ff7a45', fontSize: 22 }} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
            {zhCN.app.productName}
          </Typography.Text>
        </div>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            gap: 24,
            alignItems: 'center',
            background: '#fff',
            padding: '0 24px',
            boxShadow: '0 1px 4px rgba(0, 21, 41, 0.08)',
          }}
        >
          <SearchBox />
          <UserBar />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <PageBreadcrumb />
          <Outlet />
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c' }}>{zhCN.app.footer}</Layout.Footer>
      </Layout>
    </Layout>
  );
}

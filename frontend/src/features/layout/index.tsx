import { AlertOutlined } from '@ant-design/icons';
import { Grid, Layout, Typography } from 'antd';
import { useState } from 'react';
import { Outlet } from 'react-router';
import { zhCN } from '../../i18n/zh-CN';
import { SearchBox } from '../search/components/SearchBox';
import { PageBreadcrumb } from './components/PageBreadcrumb';
import { SideMenu } from './components/SideMenu';
import { UserBar } from './components/UserBar';

/**
 * The shell around every page: menu on the left, user and tenant in the header, the page's breadcrumb above it.
 *
 * The menu folds away below a wide screen (lg); there its trigger opens it. The width decides from the latest media
 * event (`Grid.useBreakpoint`): the Sider's own `breakpoint` compares with the state of its last render, so two events
 * in one frame (a full-page screenshot shrinks the window to 1 px and restores it) left the menu folded on a wide screen,
 * and folding it closed all its groups.
 */
export default function AppLayout() {
  const wide = Grid.useBreakpoint().lg ?? true;
  // the user's choice holds until the width crosses the breakpoint again
  const [choice, setChoice] = useState<{ wide: boolean; opened: boolean }>();
  const opened = choice?.wide === wide ? choice.opened : wide;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={208}
        collapsedWidth={0}
        collapsible={!wide}
        collapsed={!opened}
        onCollapse={(collapsed) => setChoice({ wide, opened: !collapsed })}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 20px' }}>
          <AlertOutlined style={{ color: '#ff7a45', fontSize: 22 }} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
            {zhCN.app.productName}
          </Typography.Text>
        </div>
        <SideMenu folded={!opened} />
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

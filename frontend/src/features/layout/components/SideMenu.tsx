import { ApartmentOutlined, ClusterOutlined, DashboardOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { zhCN } from '../../../i18n/zh-CN';

const items = [
  { key: '/', icon: <DashboardOutlined />, label: zhCN.layout.menu.workbench },
  { key: '/tenants', icon: <ApartmentOutlined />, label: zhCN.layout.menu.tenants },
  { key: '/org-units', icon: <ClusterOutlined />, label: zhCN.layout.menu.orgUnits },
];

export function SideMenu() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = items.find((item) => (item.key === '/' ? pathname === '/' : pathname.startsWith(item.key)));
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected.key] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}

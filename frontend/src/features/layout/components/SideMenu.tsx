import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  FireOutlined,
  SnippetsOutlined,
  ToolOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { access } from '../../../access';
import { zhCN } from '../../../i18n/zh-CN';
import { useMe } from '../../me/service';

const items = [
  { key: '/', icon: <DashboardOutlined />, label: zhCN.layout.menu.workbench },
  { key: '/tenants', icon: <ApartmentOutlined />, label: zhCN.layout.menu.tenants },
  { key: '/org-units', icon: <ClusterOutlined />, label: zhCN.layout.menu.orgUnits },
  { key: '/plans', icon: <FileTextOutlined />, label: zhCN.layout.menu.plans },
  { key: '/templates', icon: <SnippetsOutlined />, label: zhCN.layout.menu.templates },
  { key: '/campaigns', icon: <FlagOutlined />, label: zhCN.layout.menu.campaigns },
  { key: '/drills', icon: <FireOutlined />, label: zhCN.layout.menu.drills },
  { key: '/corrective-actions', icon: <ToolOutlined />, label: zhCN.layout.menu.correctiveActions },
  { key: '/drills/compliance', icon: <BarChartOutlined />, label: zhCN.layout.menu.drillCompliance },
  { key: '/experts', icon: <TeamOutlined />, label: zhCN.layout.menu.experts },
  { key: '/expert-invocations', icon: <SolutionOutlined />, label: zhCN.layout.menu.invocations },
  { key: '/cases', icon: <BookOutlined />, label: zhCN.layout.menu.cases },
];

/** Shown to reviewers only (备案审查员). */
const reviewItem = { key: '/filings/inbox', icon: <AuditOutlined />, label: zhCN.layout.menu.filingInbox };
/** Shown to officials only (合规看板). */
const complianceItem = { key: '/compliance', icon: <FundOutlined />, label: zhCN.layout.menu.compliance };

export function SideMenu() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: me } = useMe();
  const can = me ? access(me.roles) : undefined;
  const shown = [...items, ...(can?.canViewCompliance ? [complianceItem] : []), ...(can?.canReview ? [reviewItem] : [])];
  // The longest matching key wins (/drills/compliance over /drills).
  const selected = shown
    .filter((item) => (item.key === '/' ? pathname === '/' : pathname.startsWith(item.key)))
    .reduce<(typeof shown)[number] | undefined>((best, item) => (best && best.key.length >= item.key.length ? best : item), undefined);
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={shown}
      selectedKeys={selected ? [selected.key] : []}
      onClick={({ key }) => navigate(key)}
    />
  );
}

import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FireOutlined,
  FlagOutlined,
  FundOutlined,
  SettingOutlined,
  SnippetsOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type React from 'react';
import type { Access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';

/** The menu, each entry with who may use it: an expert or the platform operator never sees an office's internals. */
export const items: { key: string; icon: React.ReactNode; label: string; shown: (can: Access) => boolean }[] = [
  { key: '/', icon: <DashboardOutlined />, label: zhCN.layout.menu.workbench, shown: () => true },
  { key: '/tenants', icon: <ApartmentOutlined />, label: zhCN.layout.menu.tenants, shown: () => true },
  { key: '/org-units', icon: <ClusterOutlined />, label: zhCN.layout.menu.orgUnits, shown: (can) => can.readsInternal },
  { key: '/plans', icon: <FileTextOutlined />, label: zhCN.layout.menu.plans, shown: (can) => can.readsInternal },
  { key: '/templates', icon: <SnippetsOutlined />, label: zhCN.layout.menu.templates, shown: (can) => can.readsInternal },
  { key: '/campaigns', icon: <FlagOutlined />, label: zhCN.layout.menu.campaigns, shown: (can) => can.readsInternal },
  { key: '/drills', icon: <FireOutlined />, label: zhCN.layout.menu.drills, shown: (can) => can.readsInternal },
  {
    key: '/corrective-actions',
    icon: <ToolOutlined />,
    label: zhCN.layout.menu.correctiveActions,
    shown: (can) => can.readsInternal,
  },
  {
    key: '/drills/compliance',
    icon: <BarChartOutlined />,
    label: zhCN.layout.menu.drillCompliance,
    shown: (can) => can.readsInternal,
  },
  {
    key: '/experts',
    icon: <TeamOutlined />,
    label: zhCN.layout.menu.experts,
    shown: (can) => can.readsInternal || can.answersOwnInvitations,
  },
  {
    key: '/expert-invocations',
    icon: <SolutionOutlined />,
    label: zhCN.layout.menu.invocations,
    shown: (can) => can.canInvokeExperts,
  },
  {
    key: '/expert-invocations',
    icon: <SolutionOutlined />,
    label: zhCN.layout.menu.myInvitations,
    shown: (can) => can.answersOwnInvitations,
  },
  { key: '/cases', icon: <BookOutlined />, label: zhCN.layout.menu.cases, shown: () => true },
  { key: '/search-terms', icon: <TagsOutlined />, label: zhCN.layout.menu.searchTerms, shown: (can) => can.readsInternal },
  { key: '/compliance', icon: <FundOutlined />, label: zhCN.layout.menu.compliance, shown: (can) => can.canViewCompliance },
  { key: '/filings/inbox', icon: <AuditOutlined />, label: zhCN.layout.menu.filingInbox, shown: (can) => can.canReview },
  { key: '/notifications', icon: <BellOutlined />, label: zhCN.layout.menu.notifications, shown: () => true },
  { key: '/settings', icon: <SettingOutlined />, label: zhCN.layout.menu.settings, shown: () => true },
];

/** The menu entry a path belongs to: the longest matching key wins (/drills/compliance over /drills). */
export function entryOf<T extends { key: string }>(entries: T[], pathname: string): T | undefined {
  return entries
    .filter((item) => (item.key === '/' ? pathname === '/' : pathname.startsWith(item.key)))
    .reduce<T | undefined>((best, item) => (best && best.key.length >= item.key.length ? best : item), undefined);
}

/** The browser tab's title: the page's menu entry, then the product (e.g. 消息中心 - 应急管理平台·应急). */
export function pageTitle(pathname: string): string {
  const entry = entryOf(items, pathname);
  return entry ? `${entry.label} - ${zhCN.app.productName}` : zhCN.app.productName;
}

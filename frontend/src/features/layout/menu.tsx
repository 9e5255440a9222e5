import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FireOutlined,
  FlagOutlined,
  FundOutlined,
  NotificationOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
  SnippetsOutlined,
  SolutionOutlined,
  TagsOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type React from 'react';
import type { Access } from '../../access';
import { zhCN } from '../../i18n/zh-CN';

/** The areas of work the menu groups its entries by, in menu order. */
export type Area = 'response' | 'plans' | 'drills' | 'experts' | 'cases' | 'oversight' | 'system';

export const AREAS: Area[] = ['response', 'plans', 'drills', 'experts', 'cases', 'oversight', 'system'];

/**
 * Every page of the app, declared once: its route (under the layout), its title (the menu entry, the breadcrumb
 * and the browser tab), its area of work and, for a menu entry, its icon and who sees it. `App.tsx` gives each key
 * its element (a `Record` over the keys: a page without an element, or an element without a page, does not
 * compile). A detail page names the list it belongs to (`parent`) for its breadcrumb.
 */
export const PAGES = [
  { key: 'workbench', path: '/', title: zhCN.layout.menu.workbench, icon: <DashboardOutlined />, shown: () => true },
  {
    key: 'dutyConsole',
    path: '/duty/console',
    title: zhCN.layout.menu.dutyConsole,
    area: 'response',
    icon: <AlertOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'events',
    path: '/events',
    title: zhCN.layout.menu.events,
    area: 'response',
    icon: <ProfileOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  { key: 'event', path: '/events/:id', title: zhCN.layout.pages.event, area: 'response', parent: 'events' },
  { key: 'eventReport', path: '/reports/:id', title: zhCN.layout.pages.eventReport, area: 'response', parent: 'events' },
  {
    key: 'eventInstruction',
    path: '/instructions/:id',
    title: zhCN.layout.pages.eventInstruction,
    area: 'response',
    parent: 'events',
  },
  {
    key: 'dutyRoster',
    path: '/duty/roster',
    title: zhCN.layout.menu.dutyRoster,
    area: 'response',
    icon: <CalendarOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'dutyLog',
    path: '/duty/log',
    title: zhCN.layout.menu.dutyLog,
    area: 'response',
    icon: <ReadOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'spotChecks',
    path: '/duty/spot-checks',
    title: zhCN.layout.menu.spotChecks,
    area: 'response',
    icon: <PhoneOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'warnings',
    path: '/warnings',
    title: zhCN.layout.menu.warnings,
    area: 'response',
    icon: <NotificationOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  { key: 'warning', path: '/warnings/:id', title: zhCN.layout.pages.warning, area: 'response', parent: 'warnings' },
  {
    key: 'infoBulletins',
    path: '/info-bulletins',
    title: zhCN.layout.menu.infoBulletins,
    area: 'response',
    icon: <FileTextOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'infoBulletin',
    path: '/info-bulletins/:id',
    title: zhCN.layout.pages.infoBulletin,
    area: 'response',
    parent: 'infoBulletins',
  },
  {
    key: 'reportFindings',
    path: '/report-findings',
    title: zhCN.layout.menu.reportFindings,
    area: 'response',
    icon: <AuditOutlined />,
    shown: (can: Access) => can.receivesIntake,
  },
  {
    key: 'intakeSubmit',
    path: '/intake/new',
    title: zhCN.layout.menu.intakeSubmit,
    area: 'response',
    icon: <SendOutlined />,
    shown: (can: Access) => can.submitsIntake,
  },
  {
    key: 'plans',
    path: '/plans',
    title: zhCN.layout.menu.plans,
    area: 'plans',
    icon: <FileTextOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  { key: 'plan', path: '/plans/:id', title: zhCN.layout.pages.plan, area: 'plans', parent: 'plans' },
  {
    key: 'filingInbox',
    path: '/filings/inbox',
    title: zhCN.layout.menu.filingInbox,
    area: 'plans',
    icon: <AuditOutlined />,
    shown: (can: Access) => can.canReview,
  },
  {
    key: 'templates',
    path: '/templates',
    title: zhCN.layout.menu.templates,
    area: 'plans',
    icon: <SnippetsOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  {
    key: 'campaigns',
    path: '/campaigns',
    title: zhCN.layout.menu.campaigns,
    area: 'plans',
    icon: <FlagOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  { key: 'campaign', path: '/campaigns/:id', title: zhCN.layout.pages.campaign, area: 'plans', parent: 'campaigns' },
  {
    key: 'drills',
    path: '/drills',
    title: zhCN.layout.menu.drills,
    area: 'drills',
    icon: <FireOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  {
    key: 'correctiveActions',
    path: '/corrective-actions',
    title: zhCN.layout.menu.correctiveActions,
    area: 'drills',
    icon: <ToolOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  {
    key: 'drillCompliance',
    path: '/drills/compliance',
    title: zhCN.layout.menu.drillCompliance,
    area: 'drills',
    icon: <BarChartOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  { key: 'drill', path: '/drills/:id', title: zhCN.layout.pages.drill, area: 'drills', parent: 'drills' },
  {
    key: 'experts',
    path: '/experts',
    title: zhCN.layout.menu.experts,
    area: 'experts',
    icon: <TeamOutlined />,
    shown: (can: Access) => can.readsInternal || can.answersOwnInvitations,
  },
  {
    key: 'invocations',
    path: '/expert-invocations',
    // an expert answers its own invitations on the same page
    title: zhCN.layout.menu.invocations,
    titleFor: (can: Access) => (can.answersOwnInvitations ? zhCN.layout.menu.myInvitations : zhCN.layout.menu.invocations),
    area: 'experts',
    icon: <SolutionOutlined />,
    shown: (can: Access) => can.canInvokeExperts || can.answersOwnInvitations,
  },
  { key: 'cases', path: '/cases', title: zhCN.layout.menu.cases, area: 'cases', icon: <BookOutlined />, shown: () => true },
  { key: 'case', path: '/cases/:id', title: zhCN.layout.pages.case, area: 'cases', parent: 'cases' },
  {
    key: 'compliance',
    path: '/compliance',
    title: zhCN.layout.menu.compliance,
    area: 'oversight',
    icon: <FundOutlined />,
    shown: (can: Access) => can.canViewCompliance,
  },
  { key: 'complianceOf', path: '/compliance/:code', title: zhCN.layout.menu.compliance, area: 'oversight', parent: 'compliance' },
  {
    key: 'tenants',
    path: '/tenants',
    title: zhCN.layout.menu.tenants,
    area: 'system',
    icon: <ApartmentOutlined />,
    shown: () => true,
  },
  {
    key: 'orgUnits',
    path: '/org-units',
    title: zhCN.layout.menu.orgUnits,
    area: 'system',
    icon: <ClusterOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  {
    key: 'searchTerms',
    path: '/search-terms',
    title: zhCN.layout.menu.searchTerms,
    area: 'system',
    icon: <TagsOutlined />,
    shown: (can: Access) => can.readsInternal,
  },
  {
    key: 'settings',
    path: '/settings',
    title: zhCN.layout.menu.settings,
    area: 'system',
    icon: <SettingOutlined />,
    shown: () => true,
  },
  { key: 'notifications', path: '/notifications', title: zhCN.layout.menu.notifications, icon: <BellOutlined />, shown: () => true },
  { key: 'profile', path: '/profile', title: zhCN.layout.menu.profile, icon: <UserOutlined />, shown: () => true },
  { key: 'search', path: '/search', title: zhCN.search.title },
] as const satisfies readonly PageDeclaration[];

/** A page as declared in {@link PAGES}. */
export interface PageDeclaration {
  key: string;
  path: string;
  title: string;
  /** A title that depends on who looks (专家调用 for an office, 我的邀请 for an expert). */
  titleFor?: (can: Access) => string;
  area?: Area;
  /** The list page a detail page belongs to (its breadcrumb). */
  parent?: string;
  /** A menu entry: its icon and who sees it. */
  icon?: React.ReactNode;
  shown?: (can: Access) => boolean;
}

export type PageKey = (typeof PAGES)[number]['key'];

const declared: readonly PageDeclaration[] = PAGES;

/** An area's icon in the menu. */
const AREA_ICONS: Record<Area, React.ReactNode> = {
  response: <AlertOutlined />,
  plans: <FileTextOutlined />,
  drills: <FireOutlined />,
  experts: <TeamOutlined />,
  cases: <BookOutlined />,
  oversight: <SafetyCertificateOutlined />,
  system: <SettingOutlined />,
};

/** A menu entry: a page, or an area's group of pages (collapsible). */
export interface MenuEntry {
  key: string;
  label: string;
  icon: React.ReactNode;
  children?: MenuEntry[];
}

/** The page's title for this user. */
export const titleOf = (page: PageDeclaration, can?: Access) => (can && page.titleFor ? page.titleFor(can) : page.title);

/**
 * The menu tailored to the user: the top-level pages (工作台 first, 消息中心 and 个人中心 last) and one collapsible
 * group per area of work with at least one page the user may use.
 */
export function menuFor(can: Access): MenuEntry[] {
  const entry = (p: PageDeclaration): MenuEntry => ({ key: p.path, label: titleOf(p, can), icon: p.icon });
  const inMenu = declared.filter((p) => p.icon && p.shown?.(can));
  const groups = AREAS.flatMap((area) => {
    const children = inMenu.filter((p) => p.area === area).map(entry);
    return children.length ? [{ key: `area:${area}`, label: zhCN.layout.areas[area], icon: AREA_ICONS[area], children }] : [];
  });
  const top = inMenu.filter((p) => !p.area);
  return [...top.filter((p) => p.key === 'workbench').map(entry), ...groups, ...top.filter((p) => p.key !== 'workbench').map(entry)];
}

/** Whether a route pattern (`/plans/:id`) matches a path. */
function matches(pattern: string, pathname: string): boolean {
  const want = pattern.split('/');
  const have = pathname.replace(/\/+$/, '').split('/');
  if (pattern === '/') {
    return pathname === '/';
  }
  return want.length === have.length && want.every((part, i) => part.startsWith(':') || part === have[i]);
}

/** The page a path shows: a fixed path before a pattern (/drills/compliance over /drills/:id). */
export function pageOf(pathname: string): PageDeclaration | undefined {
  const found = declared.filter((p) => matches(p.path, pathname));
  return found.find((p) => !p.path.includes(':')) ?? found[0];
}

/** The menu key to mark for a path: its page's, or its list's for a detail page. */
export function selectedKey(pathname: string): string | undefined {
  const page = pageOf(pathname);
  const parent = page?.parent ? declared.find((p) => p.key === page.parent) : undefined;
  return (parent ?? page)?.path;
}

/** The breadcrumb of a path: its area, its list (for a detail page) and itself. */
export function breadcrumbOf(pathname: string, can?: Access): { title: string; path?: string }[] {
  const page = pageOf(pathname);
  if (!page || page.key === 'workbench') {
    return [];
  }
  const parent = page.parent ? declared.find((p) => p.key === page.parent) : undefined;
  return [
    ...(page.area ? [{ title: zhCN.layout.areas[page.area] }] : []),
    ...(parent && parent.title !== page.title ? [{ title: titleOf(parent, can), path: parent.path }] : []),
    { title: titleOf(page, can) },
  ];
}

/** The browser tab's title: the page's, then the product (e.g. 消息中心 - 应急管理平台·应急). */
export function pageTitle(pathname: string, can?: Access): string {
  const page = pageOf(pathname);
  return page ? `${titleOf(page, can)} - ${zhCN.app.productName}` : zhCN.app.productName;
}

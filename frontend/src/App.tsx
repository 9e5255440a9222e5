import { App as AntdApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './features/auth/AuthProvider';
import AppLayout from './features/layout';
import NotFoundPage from './features/layout/NotFoundPage';
import { PAGES, type PageKey } from './features/layout/menu';
import CampaignsPage from './features/campaigns';
import CasesPage from './features/cases';
import CaseDetailPage from './features/cases/CaseDetailPage';
import CampaignBoardPage from './features/campaigns/CampaignBoardPage';
import DrillsPage from './features/drills';
import CorrectiveActionsPage from './features/drills/CorrectiveActionsPage';
import DrillCompliancePage from './features/drills/CompliancePage';
import DrillDetailPage from './features/drills/DrillDetailPage';
import ExpertsPage from './features/experts';
import InvocationsPage from './features/experts/InvocationsPage';
import WorkbenchPage from './features/me';
import ProfilePage from './features/me/ProfilePage';
import SettingsPage from './features/me/SettingsPage';
import NotificationsPage from './features/notifications';
import FilingInboxPage from './features/filings';
import OrgUnitsPage from './features/orgUnits';
import PlansPage from './features/plans';
import PlanDetailPage from './features/plans/PlanDetailPage';
import UnifiedSearchPage from './features/search';
import DutyLogPage from './features/duty/DutyLogPage';
import RosterPage from './features/duty/RosterPage';
import SpotChecksPage from './features/duty/SpotChecksPage';
import ConsolePage from './features/events/ConsolePage';
import InfoBulletinPage from './features/events/InfoBulletinPage';
import InfoBulletinsPage from './features/events/InfoBulletinsPage';
import ReportFindingsPage from './features/events/ReportFindingsPage';
import WarningPage from './features/warnings/WarningPage';
import WarningsPage from './features/warnings/WarningsPage';
import EventPage from './features/events/EventPage';
import EventsPage from './features/events/EventsPage';
import IntakeSubmitPage from './features/events/IntakeSubmitPage';
import { InstructionRedirectPage, ReportRedirectPage } from './features/events/RedirectPages';
import SearchTermsPage from './features/searchTerms';
import TemplatesPage from './features/templates';
import TenantsPage from './features/tenants';

// The dashboard's charting library (echarts) loads with the page, not with the app.
const CompliancePage = lazy(() => import('./features/compliance'));

/** Each page's element, by its key in PAGES (features/layout/menu.tsx: path, title, menu entry, breadcrumb). */
const ELEMENTS: Record<PageKey, ReactNode> = {
  workbench: <WorkbenchPage />,
  dutyConsole: <ConsolePage />,
  dutyRoster: <RosterPage />,
  dutyLog: <DutyLogPage />,
  spotChecks: <SpotChecksPage />,
  warnings: <WarningsPage />,
  warning: <WarningPage />,
  infoBulletins: <InfoBulletinsPage />,
  infoBulletin: <InfoBulletinPage />,
  reportFindings: <ReportFindingsPage />,
  events: <EventsPage />,
  event: <EventPage />,
  eventReport: <ReportRedirectPage />,
  eventInstruction: <InstructionRedirectPage />,
  intakeSubmit: <IntakeSubmitPage />,
  plans: <PlansPage />,
  plan: <PlanDetailPage />,
  filingInbox: <FilingInboxPage />,
  templates: <TemplatesPage />,
  campaigns: <CampaignsPage />,
  campaign: <CampaignBoardPage />,
  drills: <DrillsPage />,
  correctiveActions: <CorrectiveActionsPage />,
  drillCompliance: <DrillCompliancePage />,
  drill: <DrillDetailPage />,
  experts: <ExpertsPage />,
  invocations: <InvocationsPage />,
  cases: <CasesPage />,
  case: <CaseDetailPage />,
  compliance: (
    <Suspense>
      <CompliancePage />
    </Suspense>
  ),
  complianceOf: (
    <Suspense>
      <CompliancePage />
    </Suspense>
  ),
  tenants: <TenantsPage />,
  orgUnits: <OrgUnitsPage />,
  searchTerms: <SearchTermsPage />,
  settings: <SettingsPage />,
  notifications: <NotificationsPage />,
  profile: <ProfilePage />,
  search: <UnifiedSearchPage />,
};

/** Server state, with failed requests reported through antd's message (which needs the AntdApp context). */
function QueryProvider({ children }: { children: ReactNode }) {
  const { message } = AntdApp.useApp();
  const [client] = useState(() => createQueryClient((text) => void message.error(text)));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** Users who ask their system for less motion get none: antd's zoom and slide effects are switched off. */
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export default function App() {
  return (
    <ConfigProvider
      locale={zhCNLocale}
      theme={{ token: { colorPrimary: '#1f5fbf', borderRadius: 6, motion: !reducedMotion } }}
    >
      <AntdApp>
        <QueryProvider>
          <AuthProvider>
            <BrowserRouter>
              <Routes>
                <Route element={<AppLayout />}>
                  {PAGES.map((page) => (
                    <Route
                      key={page.key}
                      {...(page.path === '/' ? { index: true } : { path: page.path.slice(1) })}
                      element={ELEMENTS[page.key]}
                    />
                  ))}
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </AuthProvider>
        </QueryProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

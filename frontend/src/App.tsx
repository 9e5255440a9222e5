import { App as AntdApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, lazy, useState, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './features/auth/AuthProvider';
import AppLayout from './features/layout';
import NotFoundPage from './features/layout/NotFoundPage';
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
import SettingsPage from './features/me/SettingsPage';
import NotificationsPage from './features/notifications';
import FilingInboxPage from './features/filings';
import OrgUnitsPage from './features/orgUnits';
import PlansPage from './features/plans';
import PlanDetailPage from './features/plans/PlanDetailPage';
import UnifiedSearchPage from './features/search';
import SearchTermsPage from './features/searchTerms';
import TemplatesPage from './features/templates';
import TenantsPage from './features/tenants';

// The dashboard's charting library (echarts) loads with the page, not with the app.
const CompliancePage = lazy(() => import('./features/compliance'));

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
                  <Route index element={<WorkbenchPage />} />
                  <Route path="tenants" element={<TenantsPage />} />
                  <Route path="org-units" element={<OrgUnitsPage />} />
                  <Route path="plans" element={<PlansPage />} />
                  <Route path="plans/:id" element={<PlanDetailPage />} />
                  <Route path="templates" element={<TemplatesPage />} />
                  <Route path="campaigns" element={<CampaignsPage />} />
                  <Route path="campaigns/:id" element={<CampaignBoardPage />} />
                  <Route path="drills" element={<DrillsPage />} />
                  <Route path="drills/compliance" element={<DrillCompliancePage />} />
                  <Route path="drills/:id" element={<DrillDetailPage />} />
                  <Route path="corrective-actions" element={<CorrectiveActionsPage />} />
                  <Route path="filings/inbox" element={<FilingInboxPage />} />
                  <Route path="experts" element={<ExpertsPage />} />
                  <Route path="expert-invocations" element={<InvocationsPage />} />
                  <Route path="notifications" element={<NotificationsPage />} />
                  <Route path="settings" element={<SettingsPage />} />
                  <Route path="search" element={<UnifiedSearchPage />} />
                  <Route path="cases" element={<CasesPage />} />
                  <Route path="cases/:id" element={<CaseDetailPage />} />
                  <Route path="search-terms" element={<SearchTermsPage />} />
                  <Route path="compliance" element={<Suspense><CompliancePage /></Suspense>} />
                  <Route path="compliance/:code" element={<Suspense><CompliancePage /></Suspense>} />
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

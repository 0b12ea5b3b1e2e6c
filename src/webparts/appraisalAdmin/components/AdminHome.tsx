import * as React from 'react';
import { Pivot, PivotItem, Spinner } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { RosterView } from './Roster/RosterView';
import { CyclesView } from './Cycles/CyclesView';
import { SettingsView } from './Settings/SettingsView';
import { DisagreementsView } from './Disagreements/DisagreementsView';
import { ReviewRequestsView } from './ReviewRequests/ReviewRequestsView';
import { GovernorReportsTab } from './Reports/GovernorReportsTab';
import { MonitoringView } from './Reports/MonitoringView';
import { AttentionView } from './Attention/AttentionView';
import * as dp from 'DataProtectionStrings';
import { DataProtectionTab } from './DataProtection/DataProtectionTab';
import { FrameworksView } from './Frameworks/FrameworksView';
import { HealthTab } from './Health/HealthTab';
import * as reminders from 'RemindersStrings';

// Reminders (issue 15) load with their tab, in their own chunk.
const RemindersTab = React.lazy(() => import(/* webpackChunkName: 'appraisal-reminders' */ './Reminders/RemindersTab'));

/** The administration page once the site is set up: one tab per job. */
const AdminHome: React.FC = () => (
  <Pivot aria-label={strings.DefaultTitle} overflowBehavior="menu" overflowAriaLabel={strings.MoreTabs}>
    <PivotItem headerText={strings.TabRoster} itemKey="roster">
      <RosterView />
    </PivotItem>
    <PivotItem headerText={strings.TabCycles} itemKey="cycles">
      <CyclesView />
    </PivotItem>
    <PivotItem headerText={strings.TabDisagreements} itemKey="disagreements">
      <DisagreementsView />
    </PivotItem>
    <PivotItem headerText={strings.TabReviewRequests} itemKey="reviewRequests">
      <ReviewRequestsView />
    </PivotItem>
    <PivotItem headerText={strings.TabSettings} itemKey="settings">
      <SettingsView />
    </PivotItem>
    <PivotItem headerText={strings.TabGovernorReports} itemKey="governorReports">
      <GovernorReportsTab />
    </PivotItem>
    <PivotItem headerText={strings.TabMonitoring} itemKey="monitoring">
      <MonitoringView />
    </PivotItem>
    <PivotItem headerText={strings.TabAttention} itemKey="attention">
      <AttentionView />
    </PivotItem>
    <PivotItem headerText={dp.TabDataProtection} itemKey="dataProtection">
      <DataProtectionTab />
    </PivotItem>
    <PivotItem headerText={strings.TabFrameworks} itemKey="frameworks">
      <FrameworksView />
    </PivotItem>
    <PivotItem headerText={strings.TabHealth} itemKey="health">
      <HealthTab />
    </PivotItem>
    <PivotItem headerText={reminders.TabReminders} itemKey="reminders">
      <React.Suspense fallback={<Spinner label={reminders.Loading} />}>
        <RemindersTab />
      </React.Suspense>
    </PivotItem>
  </Pivot>
);

export default AdminHome;

import * as React from 'react';
import { Spinner, SpinnerSize, type PartialTheme } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { PublishedReports } from './PublishedReports';
import { NotOnTrustBoard } from './NotOnTrustBoard';

// The trust report is for a few board members: its view, tables and words load only on a page showing it.
const TrustReports = React.lazy(() => import(/* webpackChunkName: 'appraisal-trust-report' */ './TrustReports'));

/** Plain settings from the property pane. */
export interface GovernorReportSettings {
  title: string;
  /**
   * Shows the trust's report (for the trust board) instead of this site's governor reports. A web part property, not
   * read from the trust's settings: a trust's own site is often a school too, with its own governors' page beside
   * the board's; and someone SharePoint refuses the site to cannot read its settings, so only the page can say whose
   * report it holds and tell a school governor plainly that it is the board's.
   */
  trustReport?: boolean;
}

/** Props of the Governor reports root. */
export interface GovernorReportProps {
  services: AppServices;
  settings: GovernorReportSettings;
  theme?: PartialTheme;
}

/** Root of the "Governor reports" web part. */
const GovernorReport: React.FC<GovernorReportProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    {settings.trustReport ? (
      <SiteStatusGate renderNoAccess={() => <NotOnTrustBoard />}>
        {() => (
          <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={common.Loading} />}>
            <TrustReports />
          </React.Suspense>
        )}
      </SiteStatusGate>
    ) : (
      <SiteStatusGate>{() => <PublishedReports />}</SiteStatusGate>
    )}
  </WebPartRoot>
);

export default GovernorReport;

import * as React from 'react';
import { Spinner, type PartialTheme } from '@fluentui/react';
import * as common from 'CommonStrings';
import type { AppServices } from '../../../data/ports';
import { WebPartRoot } from '../../../components/WebPartRoot';
import { SiteStatusGate } from '../../../components/SiteStatusGate';
import { AdministratorsOnly } from './AdministratorsOnly';

// Only administrators use these screens: they load on demand, outside the bundle every web part shares.
const SetUpPanel = React.lazy(() => import(/* webpackChunkName: 'appraisal-admin' */ './SetUp/SetUpPanel'));
const AdminHome = React.lazy(() => import(/* webpackChunkName: 'appraisal-admin' */ './AdminHome'));

/** Plain settings from the property pane. */
export interface AppraisalAdminSettings {
  title: string;
}

/** Props of the Appraisal administration root. */
export interface AppraisalAdminProps {
  services: AppServices;
  settings: AppraisalAdminSettings;
  theme?: PartialTheme;
}

/** Root of the "Appraisal administration" web part. */
const AppraisalAdmin: React.FC<AppraisalAdminProps> = ({ services, settings, theme }) => (
  <WebPartRoot services={services} theme={theme} title={settings.title}>
    <React.Suspense fallback={<Spinner label={common.Loading} />}>
      <SiteStatusGate renderSetUp={(status, reload) => <SetUpPanel upgrade={status.kind === 'upgradeNeeded'} onFinished={reload} />}>
        {() => (
          <AdministratorsOnly>
            <AdminHome />
          </AdministratorsOnly>
        )}
      </SiteStatusGate>
    </React.Suspense>
  </WebPartRoot>
);

export default AppraisalAdmin;

import * as React from 'react';
import { MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'CommonStrings';
import { useAppServices } from '../services/AppServicesContext';
import { useAsync } from '../hooks/useAsync';
import { ErrorMessage } from '../ErrorMessage';
import { Notice } from '../Notice';
import type { SiteStatus } from '../../data/ports';

/** Props of SiteStatusGate. */
export interface SiteStatusGateProps {
  /** Rendered once the site is provisioned at the current schema version. */
  children: (status: Extract<SiteStatus, { kind: 'ready' }>) => React.ReactNode;
  /** Replaces the "not set up" and "needs an update" notices (the admin web part offers set-up instead). */
  renderSetUp?: (status: Extract<SiteStatus, { kind: 'notSetUp' | 'upgradeNeeded' }>, reload: () => void) => React.ReactNode;
  /** Replaces the "no access" notice with one saying who this view is for (the trust report). */
  renderNoAccess?: () => React.ReactNode;
}

/** Shows loading, "not set up", "no access", "needs an update" or an error; the web part's view once ready. */
export const SiteStatusGate: React.FC<SiteStatusGateProps> = ({ children, renderSetUp, renderNoAccess }) => {
  const { site } = useAppServices();
  const [state, reload] = useAsync(() => site.getStatus(), [site]);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const status = state.value;
  switch (status.kind) {
    case 'ready':
      return <>{children(status)}</>;
    case 'notSetUp':
      if (renderSetUp) return <>{renderSetUp(status, reload)}</>;
      return <Notice type={MessageBarType.info} title={strings.SiteNotSetUpTitle} body={strings.SiteNotSetUpBody} />;
    case 'upgradeNeeded':
      if (renderSetUp) return <>{renderSetUp(status, reload)}</>;
      return <Notice type={MessageBarType.warning} title={strings.SiteUpgradeNeededTitle} body={strings.SiteUpgradeNeededBody} />;
    case 'noAccess':
      if (renderNoAccess) return <>{renderNoAccess()}</>;
      return <Notice type={MessageBarType.warning} title={strings.NoAccessTitle} body={strings.NoAccessBody} />;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
};

import * as React from 'react';
import { MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Notice } from '../../../components/Notice';

/** Props of AdministratorsOnly. */
export interface AdministratorsOnlyProps {
  children: React.ReactNode;
}

/**
 * Shows the administration screens only to the head and HR: Appraisal Administrators hold Manage Permissions on the
 * site, which nobody else has. SharePoint refuses the data anyway; this says so plainly instead of empty tabs.
 */
export const AdministratorsOnly: React.FC<AdministratorsOnlyProps> = ({ children }) => {
  const { provisioner } = useAppServices();
  const [state, reload] = useAsync(() => provisioner.checkRights(), [provisioner]);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.value.missing.includes('managePermissions'))
    return <Notice type={MessageBarType.info} title={strings.AdminsOnlyTitle} body={strings.AdminsOnlyBody} />;
  return <>{children}</>;
};

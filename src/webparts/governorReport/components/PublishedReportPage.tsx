import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { GovernorReportView } from '../../../components/GovernorReportView';

/** Props of PublishedReportPage. */
export interface PublishedReportPageProps {
  id: string;
  onBack: () => void;
}

/** One published report, read from its stored snapshot. */
export const PublishedReportPage: React.FC<PublishedReportPageProps> = ({ id, onBack }) => {
  const { governorReports } = useAppServices();
  const [state, reload] = useAsync(() => governorReports.getPublished(id), [governorReports, id]);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.ReportsBack} onClick={onBack} />
      </Stack>
      {state.status === 'loading' ? <Spinner size={SpinnerSize.large} label={common.Loading} /> : null}
      {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' ? <GovernorReportView snapshot={state.value.snapshot} /> : null}
    </Stack>
  );
};

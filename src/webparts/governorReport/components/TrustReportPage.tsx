import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';
import TrustReportView from '../../../components/GovernorReportView/TrustReportView';
import { NotOnTrustBoard, refusedTrustReport } from './NotOnTrustBoard';

/** Props of TrustReportPage. */
export interface TrustReportPageProps {
  id: string;
  onBack: () => void;
}

/** One published trust report, read from its stored roll-up. */
export const TrustReportPage: React.FC<TrustReportPageProps> = ({ id, onBack }) => {
  const { trustReportStore } = useAppServices();
  const [state, reload] = useAsync(() => trustReportStore.getPublished(id), [trustReportStore, id]);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.TrustReportsBack} onClick={onBack} />
      </Stack>
      {state.status === 'loading' ? <Spinner size={SpinnerSize.large} label={common.Loading} /> : null}
      {state.status === 'error' ? (
        refusedTrustReport(state.error) ? <NotOnTrustBoard /> : <ErrorMessage error={state.error} onRetry={reload} />
      ) : null}
      {state.status === 'ready' ? <TrustReportView snapshot={state.value.snapshot} notAvailable={state.value.notAvailable} /> : null}
    </Stack>
  );
};

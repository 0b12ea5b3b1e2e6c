import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';

// The report view (tables, words for every code, the pack button) loads once a report is opened, not with the bundle.
const GovernorReportView = React.lazy(() =>
  import(/* webpackChunkName: 'appraisal-report-view' */ '../../../components/GovernorReportView').then((m) => ({
    default: m.GovernorReportView
  }))
);

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
      {state.status === 'ready' ? (
        <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={common.Loading} />}>
          <GovernorReportView snapshot={state.value.snapshot} />
        </React.Suspense>
      ) : null}
    </Stack>
  );
};

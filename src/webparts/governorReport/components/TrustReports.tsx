import * as React from 'react';
import { Link, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EmptyState } from '../../../components/EmptyState';
import { format, formatDate } from '../../../components/format';
import { NotOnTrustBoard, refusedTrustReport } from './NotOnTrustBoard';
import { TrustReportPage } from './TrustReportPage';

/** The trust's published reports, newest first (trust board members); opening one shows it in place. Loaded lazily. */
const TrustReports: React.FC = () => {
  const { trustReportStore } = useAppServices();
  const [open, setOpen] = React.useState<string | undefined>(undefined);
  const [state, reload] = useAsync(() => trustReportStore.listPublished(), [trustReportStore]);

  if (open) return <TrustReportPage id={open} onBack={() => setOpen(undefined)} />;
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error')
    return refusedTrustReport(state.error) ? <NotOnTrustBoard /> : <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.value.length === 0) return <EmptyState icon="ReportDocument" text={strings.TrustReportsEmpty} />;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>{strings.TrustReportsHeading}</Text>
      <ul>
        {state.value.map((r) => (
          <li key={r.id}>
            <Link onClick={() => setOpen(r.id)}>{format(strings.ReportsListItem, r.cycleLabel, formatDate(r.publishedOn))}</Link>
          </li>
        ))}
      </ul>
    </Stack>
  );
};

export default TrustReports;

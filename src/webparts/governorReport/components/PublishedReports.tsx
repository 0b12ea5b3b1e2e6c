import * as React from 'react';
import { Link, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'GovernorReportWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../components/services/AppServicesContext';
import { useAsync } from '../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EmptyState } from '../../../components/EmptyState';
import { format, formatDate } from '../../../components/format';
import { PublishedReportPage } from './PublishedReportPage';

/** The published reports, newest first; opening one shows it in place. Governors see nothing else. */
export const PublishedReports: React.FC = () => {
  const { governorReports } = useAppServices();
  const [open, setOpen] = React.useState<string | undefined>(undefined);
  const [state, reload] = useAsync(() => governorReports.listPublished(), [governorReports]);

  if (open) return <PublishedReportPage id={open} onBack={() => setOpen(undefined)} />;
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  if (state.value.length === 0) return <EmptyState icon="ReportDocument" text={strings.ReadyEmpty} />;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: 0 } }}>{strings.ReportsListHeading}</Text>
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

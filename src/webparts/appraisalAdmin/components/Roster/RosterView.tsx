import * as React from 'react';
import { PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { format } from '../../../../components/format';
import { RosterTable } from './RosterTable';
import { RosterImportPanel } from './RosterImportPanel';
import { PersonPanel } from './PersonPanel';
import type { RosterEntry } from '../../../../data/ports';

/** The staff roster with its import actions. */
export const RosterView: React.FC = () => {
  const { roster } = useAppServices();
  const [state, reload] = useAsync(() => roster.listRoster(), [roster]);
  const [importing, setImporting] = React.useState(false);
  const [managing, setManaging] = React.useState<RosterEntry>();

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const entries = state.value;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text>{format(strings.RosterCount, entries.length)}</Text>
        <PrimaryButton iconProps={{ iconName: 'Upload' }} text={strings.RosterImportCsv} onClick={() => setImporting(true)} />
      </Stack>
      {entries.length ? <RosterTable entries={entries} onManage={setManaging} /> : <EmptyState icon="People" text={strings.RosterEmpty} />}
      {managing ? <PersonPanel entry={managing} onDismiss={(changed) => { setManaging(undefined); if (changed) reload(); }} /> : null}
      {importing ? <RosterImportPanel roster={entries} onDismiss={(changed) => { setImporting(false); if (changed) reload(); }} /> : null}
    </Stack>
  );
};

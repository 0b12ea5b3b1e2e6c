import * as React from 'react';
import { DefaultButton, PrimaryButton, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { EmptyState } from '../../../../components/EmptyState';
import { formatCount } from '../../../../components/format';
import { RosterTable } from './RosterTable';
import { RosterImportPanel } from './RosterImportPanel';
import { PersonPanel } from './PersonPanel';
import { EntraImportPanel } from './EntraImportPanel';
import type { RosterEntry } from '../../../../data/ports';
import { ItemProblems } from '../../../../components/ItemProblems';

/** The staff roster with its import actions. */
export const RosterView: React.FC = () => {
  const { roster } = useAppServices();
  const [state, reload] = useAsync(() => roster.listRoster(), [roster]);
  const [importing, setImporting] = React.useState(false);
  const [managing, setManaging] = React.useState<RosterEntry>();
  const [fromEntra, setFromEntra] = React.useState(false);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { entries, problems } = state.value;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text>{formatCount(entries.length, strings.RosterCountOne, strings.RosterCount)}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'AddFriend' }} text={strings.RosterImportEntra} onClick={() => setFromEntra(true)} />
          <PrimaryButton iconProps={{ iconName: 'Upload' }} text={strings.RosterImportCsv} onClick={() => setImporting(true)} />
        </Stack>
      </Stack>
      <ItemProblems problems={problems} forAdministrators />
      {entries.length ? <RosterTable entries={entries} onManage={setManaging} /> : <EmptyState icon="People" text={strings.RosterEmpty} />}
      {fromEntra ? <EntraImportPanel roster={entries} onDismiss={(changed) => { setFromEntra(false); if (changed) reload(); }} /> : null}
      {managing ? <PersonPanel entry={managing} onDismiss={(changed) => { setManaging(undefined); if (changed) reload(); }} /> : null}
      {importing ? <RosterImportPanel roster={entries} onDismiss={(changed) => { setImporting(false); if (changed) reload(); }} /> : null}
    </Stack>
  );
};

import * as React from 'react';
import { DefaultButton, Dropdown, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'DataProtectionStrings';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { SectionHeading } from '../../../../components/CycleRecord/text/SectionHeading';
import { format, formatDate } from '../../../../components/format';
import type { DataError } from '../../../../data/ports';

/** Holds that stop disposal of everything about a person, with a reason; placed and lifted by HR. */
export const HoldsSection: React.FC = () => {
  const { retention, roster, clock } = useAppServices();
  const [holds, reload] = useAsync(() => retention.holds(), [retention]);
  const [people] = useAsync(() => roster.listRoster(), [roster]);
  const [who, setWho] = React.useState<string>();
  const [reason, setReason] = React.useState('');
  const [error, setError] = React.useState<DataError>();
  const entries = people.status === 'ready' ? people.value.entries : [];
  const nameOf = (key: string): string => entries.find((e) => e.id === key)?.displayName ?? key;
  const run = (work: Promise<{ ok: boolean; error?: DataError }>): void => {
    work.then((r) => {
      if (!r.ok) setError(r.error);
      else {
        setError(undefined);
        setReason('');
        reload();
      }
    }, () => undefined);
  };
  const active = holds.status === 'ready' ? holds.value.filter((h) => !h.liftedOn) : [];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <SectionHeading>{strings.HoldsHeading}</SectionHeading>
      <Text>{strings.HoldsIntro}</Text>
      {holds.status === 'error' ? <ErrorMessage error={holds.error} onRetry={reload} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {holds.status === 'ready' && active.length === 0 ? <Text>{strings.HoldsNone}</Text> : null}
      <Stack as="ul" tokens={{ childrenGap: 4 }} styles={{ root: { margin: 0, paddingLeft: 20 } }} aria-label={strings.HoldsTable}>
        {active.map((h) => (
          <li key={`${h.staffKey}-${h.reason}`}>
            <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} wrap>
              <Text>{format(strings.HoldSince, nameOf(h.staffKey), h.reason, formatDate(h.placedOn))}</Text>
              <DefaultButton text={strings.HoldLift} onClick={() => run(retention.liftHold(h.staffKey, clock.today()))} />
            </Stack>
          </li>
        ))}
      </Stack>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
        <Dropdown
          label={strings.HoldPerson}
          selectedKey={who ?? null}
          options={entries.map((e) => ({ key: e.id, text: e.displayName }))}
          onChange={(_e, o) => o && setWho(String(o.key))}
          styles={{ root: { minWidth: 220 } }}
        />
        <TextField
          label={strings.HoldReason}
          value={reason}
          onChange={(_e, v) => setReason(v ?? '')}
          styles={{ root: { minWidth: 260 } }}
        />
        <PrimaryButton
          text={strings.HoldPlace}
          disabled={!who || reason.trim() === ''}
          onClick={() => who && run(retention.placeHold({ staffKey: who, reason: reason.trim(), placedOn: clock.today() }))}
        />
      </Stack>
    </Stack>
  );
};

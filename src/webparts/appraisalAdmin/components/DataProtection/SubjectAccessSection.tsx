import * as React from 'react';
import { Dropdown, PrimaryButton, ProgressIndicator, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'DataProtectionStrings';
import { parseIsoDate, subjectAccessDue, type RequestChannel, type SubjectAccessRequest } from '../../../../domain';
import { buildSubjectAccessBundle, type SubjectAccessBundle } from '../../../../app/dataProtection/subjectAccessBundle';
import type { DataError } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { SectionHeading } from '../../../../components/CycleRecord/text/SectionHeading';
import { format, formatDate } from '../../../../components/format';
import { BundleReview } from './BundleReview';

const CHANNELS: Array<{ key: RequestChannel; text: string }> = [
  { key: 'verbal', text: strings.SarChannelVerbal },
  { key: 'email', text: strings.SarChannelEmail },
  { key: 'letter', text: strings.SarChannelLetter },
  { key: 'other', text: strings.SarChannelOther }
];

/** Subject access: log a request (due one calendar month on), produce its bundle in one click, review what is flagged. */
export const SubjectAccessSection: React.FC = () => {
  const services = useAppServices();
  const { subjectAccessLog, subjectAccess, roster, currentUser, clock } = services;
  const [requests, reload] = useAsync(() => subjectAccessLog.list(), [subjectAccessLog]);
  const [people] = useAsync(() => roster.listRoster(), [roster]);
  const [who, setWho] = React.useState<string>();
  const [received, setReceived] = React.useState<string>(clock.today());
  const [channel, setChannel] = React.useState<RequestChannel>('verbal');
  const [scope, setScope] = React.useState('');
  const [error, setError] = React.useState<DataError>();
  const [progress, setProgress] = React.useState<{ key: string; done: number; total: number }>();
  const [bundles, setBundles] = React.useState<Record<string, SubjectAccessBundle>>({});
  const entries = people.status === 'ready' ? people.value.entries : [];
  const nameOf = (key: string): string => entries.find((e) => e.id === key)?.displayName ?? key;
  const date = parseIsoDate(received);
  const log = async (): Promise<void> => {
    if (!who || !date) return;
    const request: SubjectAccessRequest = {
      key: `${who}:${date}:${clock.now().replace(/\D/g, '')}`,
      staffKey: who,
      receivedOn: date,
      channel,
      dueOn: subjectAccessDue(date),
      scope: scope.trim(),
      loggedBy: currentUser.displayName
    };
    const result = await subjectAccessLog.log(request);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setScope('');
    reload();
  };
  const produce = async (request: SubjectAccessRequest): Promise<void> => {
    setProgress({ key: request.key, done: 0, total: 1 });
    const { buildSarDocument } = await import(
      /* webpackChunkName: 'appraisal-docx' */ '../../../../components/SubjectAccess/buildSarDocument'
    );
    const result = await buildSubjectAccessBundle({
      source: subjectAccess,
      log: subjectAccessLog,
      request,
      personName: nameOf(request.staffKey),
      otherNames: entries.filter((e) => e.id !== request.staffKey).map((e) => e.displayName),
      producedBy: currentUser.displayName,
      producedAt: clock.now(),
      onProgress: (done, total) => setProgress({ key: request.key, done, total }),
      renderWord: buildSarDocument
    });
    setProgress(undefined);
    if (!result.ok) return setError(result.error);
    setBundles((b) => ({ ...b, [request.key]: result.value }));
    reload();
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <SectionHeading>{strings.SarHeading}</SectionHeading>
      <Text>{strings.SarIntro}</Text>
      {error ? <ErrorMessage error={error} /> : null}
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
        <Dropdown
          label={strings.SarPerson}
          selectedKey={who ?? null}
          options={entries.map((e) => ({ key: e.id, text: e.displayName }))}
          onChange={(_e, o) => o && setWho(String(o.key))}
          styles={{ root: { minWidth: 220 } }}
        />
        <TextField label={strings.SarReceived} type="date" value={received} onChange={(_e, v) => setReceived(v ?? '')} />
        <Dropdown
          label={strings.SarChannel}
          selectedKey={channel}
          options={CHANNELS}
          onChange={(_e, o) => o && setChannel(o.key as RequestChannel)}
          styles={{ root: { minWidth: 180 } }}
        />
        <TextField label={strings.SarScope} value={scope} onChange={(_e, v) => setScope(v ?? '')} styles={{ root: { minWidth: 240 } }} />
        <PrimaryButton
          text={strings.SarLog}
          disabled={!who || !date}
          onClick={() => {
            log().catch(() => undefined);
          }}
        />
      </Stack>
      {date ? <Text variant="small">{format(strings.SarDue, formatDate(subjectAccessDue(date)))}</Text> : null}
      {requests.status === 'error' ? <ErrorMessage error={requests.error} onRetry={reload} /> : null}
      {requests.status === 'ready' && requests.value.length === 0 ? <Text>{strings.SarNone}</Text> : null}
      {requests.status === 'ready'
        ? requests.value.map((r) => (
            <Stack key={r.key} tokens={{ childrenGap: 6 }} styles={{ root: { paddingLeft: 8 } }}>
              <Text variant="mediumPlus">{nameOf(r.staffKey)}</Text>
              <Text>{`${format(strings.SarReceivedOn, formatDate(r.receivedOn))} · ${format(strings.SarDue, formatDate(r.dueOn))}${r.scope ? ` · ${r.scope}` : ''}`}</Text>
              {r.producedBy && r.producedOn ? (
                <Text variant="small">
                  {format(
                    strings.SarProduced,
                    r.producedBy,
                    r.producedOn.slice(0, 16).replace('T', ' '),
                    bundles[r.key]?.index.length ?? '…',
                    bundles[r.key]?.index.filter((e) => e.flags.length).length ?? '…'
                  )}
                </Text>
              ) : null}
              {progress?.key === r.key ? (
                <ProgressIndicator
                  label={format(strings.SarProducing, progress.done, progress.total)}
                  percentComplete={progress.total ? progress.done / progress.total : 0}
                />
              ) : null}
              <Stack horizontal>
                <PrimaryButton
                  text={strings.SarProduce}
                  disabled={progress !== undefined}
                  onClick={() => {
                    produce(r).catch(() => undefined);
                  }}
                />
              </Stack>
              {bundles[r.key] ? <BundleReview request={r} bundle={bundles[r.key]} /> : null}
            </Stack>
          ))
        : null}
    </Stack>
  );
};

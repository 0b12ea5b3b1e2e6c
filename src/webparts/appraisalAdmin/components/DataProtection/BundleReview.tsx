import * as React from 'react';
import { DefaultButton, Dropdown, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'DataProtectionStrings';
import type { RedactionDecision, SubjectAccessRequest } from '../../../../domain';
import type { SubjectAccessBundle } from '../../../../app/dataProtection/subjectAccessBundle';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { flagText } from '../../../../components/SubjectAccess/buildSarDocument';
import { format } from '../../../../components/format';
import { downloadBytes } from './downloadBytes';

/** Props of BundleReview. */
export interface BundleReviewProps {
  request: SubjectAccessRequest;
  bundle: SubjectAccessBundle;
}

/** A produced bundle: its three downloads, and a decision with a reason for each flagged entry (all recorded). */
export const BundleReview: React.FC<BundleReviewProps> = ({ request, bundle }) => {
  const { subjectAccessLog, currentUser, clock } = useAppServices();
  const [decisions, reload] = useAsync(() => subjectAccessLog.decisions(request.key), [subjectAccessLog, request.key]);
  const [choice, setChoice] = React.useState<Record<string, { decision: RedactionDecision['decision']; reason: string }>>({});
  const base = `subject-access-${request.receivedOn}`;
  const flagged = bundle.index.filter((e) => e.flags.length);
  const record = (ref: string): void => {
    const c = choice[ref];
    if (!c || !c.reason.trim()) return;
    subjectAccessLog
      .recordDecision(request.key, {
        entryRef: ref,
        decision: c.decision,
        reason: c.reason.trim(),
        decidedBy: currentUser.displayName,
        decidedOn: clock.today()
      })
      .then(reload, () => undefined);
  };
  const options = [
    { key: 'disclose', text: strings.SarDecisionDisclose },
    { key: 'redact', text: strings.SarDecisionRedact },
    { key: 'withhold', text: strings.SarDecisionWithhold }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
        <DefaultButton
          iconProps={{ iconName: 'WordDocument' }}
          text={strings.SarDownloadWord}
          onClick={() =>
            downloadBytes(bundle.word, `${base}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          }
        />
        <DefaultButton
          iconProps={{ iconName: 'Code' }}
          text={strings.SarDownloadJson}
          onClick={() => downloadBytes(bundle.json, `${base}.json`, 'application/json')}
        />
        <DefaultButton
          iconProps={{ iconName: 'ZipFolder' }}
          text={strings.SarDownloadZip}
          onClick={() => downloadBytes(bundle.evidenceZip, `${base}-evidence.zip`, 'application/zip')}
        />
      </Stack>
      {decisions.status === 'error' ? <ErrorMessage error={decisions.error} onRetry={reload} /> : null}
      <Stack as="ol" tokens={{ childrenGap: 8 }} styles={{ root: { margin: 0, paddingLeft: 20 } }}>
        {flagged.map((e) => {
          const ref = `${e.list}:${e.itemId}`;
          const made = decisions.status === 'ready' ? decisions.value.filter((d) => d.entryRef === ref) : [];
          return (
            <li key={ref}>
              <Text block>{`${e.n}. ${e.kind} · ${e.created.slice(0, 10)}`}</Text>
              {flagText(e).map((f) => (
                <Text block key={f} variant="small">
                  {f}
                </Text>
              ))}
              {made.map((d) => (
                <Text block key={`${d.decidedOn}-${d.reason}`} variant="small">
                  {format(
                    strings.SarDecisionRecorded,
                    options.find((o) => o.key === d.decision)?.text ?? d.decision,
                    d.decidedBy,
                    d.reason
                  )}
                </Text>
              ))}
              <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
                <Dropdown
                  label={strings.SarDecision}
                  options={options}
                  selectedKey={choice[ref]?.decision ?? null}
                  styles={{ root: { minWidth: 200 } }}
                  onChange={(_x, o) =>
                    o &&
                    setChoice((c) => ({ ...c, [ref]: { decision: o.key as RedactionDecision['decision'], reason: c[ref]?.reason ?? '' } }))
                  }
                />
                <TextField
                  label={strings.SarDecisionReason}
                  value={choice[ref]?.reason ?? ''}
                  styles={{ root: { minWidth: 220 } }}
                  onChange={(_x, v) => setChoice((c) => ({ ...c, [ref]: { decision: c[ref]?.decision ?? 'disclose', reason: v ?? '' } }))}
                />
                <PrimaryButton text={strings.SarDecisionSave} disabled={!choice[ref]?.reason.trim()} onClick={() => record(ref)} />
              </Stack>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
};

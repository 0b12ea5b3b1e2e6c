import * as React from 'react';
import {
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as strings from 'DataProtectionStrings';
import { confirmDisposal, prepareDisposalReview, type DisposalPreview } from '../../../../app/dataProtection/disposalReview';
import type { DataError, DisposalOutcome } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { SectionHeading } from '../../../../components/CycleRecord/text/SectionHeading';
import { format, formatCount, formatDate } from '../../../../components/format';
import { CountTable } from './CountTable';
import { kindGroup } from './kindGroup';

/** The disposal review: check (dates every item), preview what is due and what is held, confirm, and the log. */
export const DisposalSection: React.FC = () => {
  const services = useAppServices();
  const { retention, roster, currentUser, clock } = services;
  const [preview, setPreview] = React.useState<DisposalPreview>();
  const [busy, setBusy] = React.useState(false);
  const [asking, setAsking] = React.useState(false);
  const [error, setError] = React.useState<DataError>();
  const [done, setDone] = React.useState<DisposalOutcome>();
  const [log, reloadLog] = useAsync(() => retention.disposalLog(), [retention]);
  const [people] = useAsync(() => roster.listRoster(), [roster]);
  const [label, setLabel] = React.useState<string>();
  const [labelSaved, setLabelSaved] = React.useState(false);
  const nameOf = (key: string): string =>
    people.status === 'ready' ? (people.value.entries.find((e) => e.id === key)?.displayName ?? key) : key;
  const check = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    const result = await prepareDisposalReview(services, clock.today());
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };
  const dispose = async (): Promise<void> => {
    if (!preview) return;
    setAsking(false);
    setBusy(true);
    const result = await confirmDisposal(retention, preview, currentUser.displayName, clock.today());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDone(result.value);
    setPreview(undefined);
    reloadLog();
  };
  const saveLabel = async (): Promise<void> => {
    const saved = await retention.saveRetentionLabel(label ?? '');
    if (saved.ok) setLabelSaved(true);
    else setError(saved.error);
  };
  const groups = preview ? Array.from(new Set(preview.due.map((i) => kindGroup(i.kind)))) : [];
  const count = (group: string): number => (preview ? preview.due.filter((i) => kindGroup(i.kind) === group).length : 0);
  const heldBy = preview ? Array.from(new Set(preview.held.map((h) => h.item.staffKey))) : [];
  // The count sentence is also the table's accessible name (never the raw "{0}" template).
  const dueText = preview?.due.length
    ? formatCount(preview.due.length, strings.DisposalDueOne, strings.DisposalDueMany)
    : strings.DisposalNothingDue;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <SectionHeading>{strings.DisposalHeading}</SectionHeading>
      <Text>{strings.DisposalIntro}</Text>
      <Stack horizontal>
        <DefaultButton
          text={strings.DisposalCheck}
          onClick={() => {
            check().catch(() => undefined);
          }}
          disabled={busy}
        />
      </Stack>
      {busy ? <Spinner label={strings.DisposalChecking} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {done ? (
        <MessageBar messageBarType={MessageBarType.success}>
          {format(strings.DisposalDone, done.recycled)} {done.alreadyGone ? format(strings.DisposalAlreadyGone, done.alreadyGone) : ''}
        </MessageBar>
      ) : null}
      {preview ? (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text variant="mediumPlus">{dueText}</Text>
          {preview.due.length ? (
            <CountTable label={dueText} first={strings.DisposalColumnWhat} rows={groups.map((g) => [g, String(count(g))])} />
          ) : null}
          {preview.held.length ? (
            <>
              <Text variant="mediumPlus">{strings.DisposalHeldHeading}</Text>
              <CountTable
                label={strings.DisposalHeldHeading}
                first={strings.DisposalColumnPerson}
                second={strings.DisposalColumnReason}
                rows={heldBy.map((k) => [
                  nameOf(k),
                  preview.held.find((h) => h.item.staffKey === k)?.reason ?? '',
                  String(preview.held.filter((h) => h.item.staffKey === k).length)
                ])}
              />
            </>
          ) : null}
          {preview.undated ? <Text>{format(strings.DisposalUndated, preview.undated)}</Text> : null}
          {preview.restamped ? <Text>{format(strings.DisposalRestamped, preview.restamped)}</Text> : null}
          {preview.due.length ? (
            <Stack horizontal>
              <PrimaryButton text={format(strings.DisposalConfirm, preview.due.length)} onClick={() => setAsking(true)} disabled={busy} />
            </Stack>
          ) : null}
        </Stack>
      ) : null}
      <Dialog
        hidden={!asking}
        onDismiss={() => setAsking(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.DisposalConfirmTitle, subText: strings.DisposalConfirmText }}
      >
        <DialogFooter>
          <PrimaryButton
            text={strings.DisposalConfirmYes}
            onClick={() => {
              dispose().catch(() => undefined);
            }}
          />
          <DefaultButton text={strings.Cancel} onClick={() => setAsking(false)} />
        </DialogFooter>
      </Dialog>
      <Text variant="mediumPlus">{strings.DisposalLogHeading}</Text>
      {log.status === 'error' ? <ErrorMessage error={log.error} onRetry={reloadLog} /> : null}
      {log.status === 'ready' && log.value.length === 0 ? <Text>{strings.DisposalLogEmpty}</Text> : null}
      {log.status === 'ready'
        ? log.value.map((e) => (
            <Text key={`${e.on}-${e.refs[0] ?? ''}`}>{format(strings.DisposalLogLine, formatDate(e.on), e.recycled, e.authorisedBy)}</Text>
          ))
        : null}
      <Text variant="mediumPlus">{strings.LabelHeading}</Text>
      <Text>{strings.LabelIntro}</Text>
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
        <TextField
          label={strings.LabelField}
          value={label ?? ''}
          onChange={(_e, v) => {
            setLabel(v ?? '');
            setLabelSaved(false);
          }}
          styles={{ root: { minWidth: 260 } }}
        />
        <DefaultButton
          text={strings.LabelSave}
          onClick={() => {
            saveLabel().catch(() => undefined);
          }}
        />
      </Stack>
      {labelSaved ? <MessageBar messageBarType={MessageBarType.success}>{strings.LabelSaved}</MessageBar> : null}
    </Stack>
  );
};

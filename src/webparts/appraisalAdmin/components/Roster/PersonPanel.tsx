import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import { parseIsoDate, type IsoDate } from '../../../../domain';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format, formatDate } from '../../../../components/format';
import type { DataError, RosterEntry } from '../../../../data/ports';
import { RosterDetailsForm } from './RosterDetailsForm';
import { CircumstancesSection } from './CircumstancesSection';
import { appointActingReviewer, reinstateReviewer, type ActingError } from '../../../../app/roster/actingReviewer';
import { leaverMessage, recordLeaverOf } from '../DataProtection/leaverAction';
import { SupportPlanSection } from '../DataProtection/SupportPlanSection';

/** Props of PersonPanel. */
export interface PersonPanelProps {
  entry: RosterEntry;
  /** `changed` is true when the person's access or reviewer changed, so the roster reloads. */
  onDismiss(changed: boolean): void;
}

// The UI offers acting changes only when they apply, so these two refusals mean the roster changed meanwhile.
const asDataError = (error: DataError | ActingError): DataError =>
  error.code === 'noReviewer' || error.code === 'notActing' ? { code: 'conflict' } : error;

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'error'; error: DataError };

/** Change one person's reviewer, or record them as a leaver. */
export const PersonPanel: React.FC<PersonPanelProps> = ({ entry, onDismiss }) => {
  const services = useAppServices();
  const { directory, records, roster, settings, clock } = services;
  const [people] = useAsync(() => directory.listPeopleWithManagers(), [directory]);
  const [scheme] = useAsync(() => settings.getSettings(), [settings]);
  const [current, setCurrent] = React.useState(entry);
  const [reviewerId, setReviewerId] = React.useState<string>();
  const [leftOn, setLeftOn] = React.useState('');
  const [acting, setActing] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'idle' });
  const [changed, setChanged] = React.useState(false);
  const date = parseIsoDate(leftOn);

  const apply = (
    work: Promise<{ ok: true; value: RosterEntry } | { ok: false; error: DataError | ActingError }>,
    message: (e: RosterEntry) => string
  ): void => {
    setOutcome({ kind: 'busy' });
    work.then(
      (result) => {
        if (!result.ok) return setOutcome({ kind: 'error', error: asDataError(result.error) });
        setCurrent(result.value);
        setChanged(true);
        setOutcome({ kind: 'done', message: message(result.value) });
      },
      (error: unknown) => setOutcome({ kind: 'error', error: { code: 'unexpected', detail: String(error) } })
    );
  };
  const changeReviewer = (): void => {
    const next = people.status === 'ready' ? people.value.find((p) => p.id === reviewerId) : undefined;
    if (!next) return;
    if (acting)
      apply(appointActingReviewer(records, current, next, clock.today()), (e) =>
        format(strings.ActingAppointed, e.reviewerName ?? '', e.actingFor?.reviewerName ?? '')
      );
    else
      apply(records.changeReviewer({ ...current, actingFor: undefined }, next), (e) =>
        format(strings.ReviewerChanged, e.reviewerName ?? '')
      );
  };
  const reinstate = (): void => apply(reinstateReviewer(records, current), (e) => format(strings.ReviewerReinstated, e.reviewerName ?? ''));
  const saveDetails = (next: RosterEntry): void => apply(roster.saveRosterEntry(next, next.etag), () => strings.DetailsSaved);
  const recordLeaver = (): void => {
    if (date)
      apply(
        recordLeaverOf(services, current, date as IsoDate),
        (e) => `${format(strings.LeaverRecorded, formatDate(date))} ${leaverMessage(e)}`
      );
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={format(strings.PersonPanelTitle, current.displayName)}
      onDismiss={() => onDismiss(changed)}
      closeButtonAriaLabel={strings.ImportClose}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        {outcome.kind === 'done' ? <MessageBar messageBarType={MessageBarType.success}>{outcome.message}</MessageBar> : null}
        {outcome.kind === 'error' ? <ErrorMessage error={outcome.error} /> : null}
        <Text>{format(strings.CurrentReviewer, current.reviewerName ?? strings.NoReviewer)}</Text>
        <Text variant="small">{strings.ReviewerChangeHelp}</Text>
        {people.status === 'loading' ? <Spinner label={strings.LoadingPeople} /> : null}
        {people.status === 'error' ? <ErrorMessage error={people.error} /> : null}
        {people.status === 'ready' ? (
          <Dropdown
            label={strings.NewReviewerLabel}
            placeholder={strings.NewReviewerPlaceholder}
            selectedKey={reviewerId ?? null}
            options={people.value
              .filter((p) => p.id !== current.directoryId && p.id !== current.reviewer)
              .map((p) => ({ key: p.id, text: p.jobTitle ? `${p.displayName} – ${p.jobTitle}` : p.displayName }))}
            onChange={(_, option) => setReviewerId(option ? String(option.key) : undefined)}
          />
        ) : null}
        {current.actingFor ? (
          <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
            <Text>
              {format(strings.ActingNote, current.reviewerName ?? '', current.actingFor.reviewerName, formatDate(current.actingFor.since))}
            </Text>
            <DefaultButton
              text={format(strings.ReinstateButton, current.actingFor.reviewerName)}
              disabled={outcome.kind === 'busy'}
              onClick={reinstate}
            />
          </Stack>
        ) : null}
        {current.reviewer ? (
          <Checkbox
            label={format(strings.ActingCheckbox, current.actingFor?.reviewerName ?? current.reviewerName ?? '')}
            checked={acting}
            onChange={(_, v) => setActing(!!v)}
          />
        ) : null}
        <Stack horizontal>
          <PrimaryButton
            text={strings.ChangeReviewerButton}
            disabled={!reviewerId || outcome.kind === 'busy' || !!current.leftOn}
            onClick={changeReviewer}
          />
        </Stack>
        <RosterDetailsForm entry={current} busy={outcome.kind === 'busy'} onSave={saveDetails} />
        {scheme.status === 'ready' ? (
          <CircumstancesSection
            entry={current}
            cycleStartMonth={scheme.value.cycleStartMonth}
            busy={outcome.kind === 'busy'}
            onSave={(next) => apply(roster.saveRosterEntry(next, next.etag), () => strings.CircumstancesSaved)}
          />
        ) : null}
        <SupportPlanSection entry={current} />
        <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
          {strings.LeaverHeading}
        </Text>
        {current.leftOn ? (
          <Text>{format(strings.AlreadyLeft, formatDate(current.leftOn))}</Text>
        ) : (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text variant="small">{strings.LeaverHelp}</Text>
            <TextField label={strings.LeftOnLabel} type="date" value={leftOn} onChange={(_, v) => setLeftOn(v ?? '')} />
            <Stack horizontal>
              <DefaultButton text={strings.RecordLeaverButton} disabled={!date || outcome.kind === 'busy'} onClick={recordLeaver} />
            </Stack>
          </Stack>
        )}
      </Stack>
    </Panel>
  );
};

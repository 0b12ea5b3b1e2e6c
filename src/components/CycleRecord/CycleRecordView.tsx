import * as React from 'react';
import { DefaultButton, Link, MessageBar, Pivot, PivotItem, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { canEdit, nextSteps, recordLink, STAGES, type FieldError, type Party, type RecordView, type Stage } from '../../domain';
import type { CycleRecordSummary, MeetingRecord, RosterEntry } from '../../data/ports';
import type { StageActionError } from '../../app/cycle/stageActions';
import { useAppServices } from '../services/AppServicesContext';
import { ErrorMessage } from '../ErrorMessage';
import { NextStepBanner } from '../NextStep';
import { StageTracker } from '../StageTracker';
import { stageLabel } from '../labels/cycleLabels';
import { format } from '../format';
import { useCycleDraft } from './draft/useCycleDraft';
import { errorLookup } from './draft/fieldErrors';
import { RecordContext, type RecordContextValue } from './recordContext';
import { SaveStatus } from './draft/SaveStatus';
import { StageTab } from './StageTab';
import { OneToOnesSection } from './oneToOnes/OneToOnesSection';
import { downloadStageCopy } from './agreement/downloadStageCopy';
import { SectionHeading } from './text/SectionHeading';
import { PrivateNotesPanel } from './PrivateNotesPanel';
import { LazyReviewRequestPanel } from '../ReviewRequest/LazyReviewRequestPanel';

/** The link on this page as path and query: the same address, with the page's own scheme and host. */
const pathAndQuery = (link: string): string => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

/** Props of CycleRecordView. */
export interface CycleRecordViewProps {
  person: RosterEntry;
  summary: CycleRecordSummary;
  meetings: readonly MeetingRecord[];
  /** The signed-in person's part: the appraisee, their reviewer, or an administrator viewing. */
  party: Party | 'viewer';
  /** The person's previous cycle, if any: planning can start from it (AB8). */
  previous?: CycleRecordSummary;
  /** Every cycle of the person's the reader may see, newest first: earlier cycles open from the record. */
  personCycles?: readonly CycleRecordSummary[];
  onOpenCycle?: (cycleKey: string) => void;
  /** The tab a deep link asked for. */
  initialView?: RecordView;
  onClose?: () => void;
}

/** One person's cycle record: the three stage forms with agreement, and the one-to-ones. */
export const CycleRecordView: React.FC<CycleRecordViewProps> = ({
  person,
  summary,
  meetings,
  party,
  previous,
  onClose,
  personCycles = [],
  onOpenCycle,
  initialView
}) => {
  const { cycles, currentUser, clock } = useAppServices();
  const theme = useTheme();
  const signer = React.useMemo(() => ({ by: currentUser.directoryId, name: currentUser.displayName }), [currentUser]);
  const now = React.useCallback(() => clock.now(), [clock]);
  const { state, edit, act, resolve, saveNow, reload } = useCycleDraft(cycles, summary, signer, now);
  const [errors, setErrors] = React.useState<readonly FieldError[]>([]);
  const [tab, setTab] = React.useState<string | undefined>(initialView);
  const counter = React.useRef(0);
  const newId = React.useCallback((prefix: string) => `${prefix}-${clock.now().replace(/\D/g, '')}-${++counter.current}`, [clock]);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.OpeningRecord} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const { draft, save } = state;
  const steps = nextSteps({ ...summary, document: draft, meetings }, clock.today(), clock.now());
  const { progress } = steps;
  const stage = summary.track === 'fullCycle' ? progress.current : summary.stage;
  const notRequired = STAGES.filter((s) => progress.stages[s].state === 'notRequired');
  const closed = STAGES.filter((s) => progress.stages[s].state === 'closedNotAgreed');
  const defaultTab = summary.track === 'fullCycle' ? (stage === 'agreed' ? 'finalReview' : String(stage)) : 'oneToOnes';
  const context = (s: Stage): RecordContextValue => ({
    doc: draft,
    cycle: summary.cycle,
    party,
    editable: party !== 'viewer' && canEdit(draft, s),
    category: person.category,
    jobDescriptionUrl: person.jobDescriptionUrl,
    today: clock.today(),
    errorFor: errorLookup(errors),
    edit,
    newId,
    lastChanged: state.stored.summary.lastChanged
  });
  const onInvalid = (error: StageActionError): void => setErrors(error.code === 'invalid' ? error.errors : []);
  // Stay on the tab where the step was taken, even when it moves the cycle on to the next stage.
  const actHere: typeof act = (s, action) => {
    setTab(s);
    return act(s, action);
  };
  const otherName = party === 'reviewer' ? person.displayName : (person.reviewerName ?? '');
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Stack tokens={{ childrenGap: 2 }}>
          <SectionHeading>{format(strings.RecordHeading, person.displayName, summary.cycle.label)}</SectionHeading>
          <Text styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {party === 'reviewer'
              ? format(strings.YouReview, person.displayName)
              : party === 'appraisee'
                ? format(strings.YourReviewerIs, otherName)
                : strings.ViewingAsAdmin}
            {person.actingFor ? ` ${format(strings.ActingWhileAway, person.reviewerName ?? '', person.actingFor.reviewerName)}` : ''}
          </Text>
        </Stack>
        {onClose ? <DefaultButton iconProps={{ iconName: 'Back' }} text={strings.BackToList} onClick={onClose} /> : null}
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Link
          href={pathAndQuery(
            recordLink(window.location.href, {
              staffKey: summary.staffKey,
              cycleKey: summary.cycleKey,
              ...(tab ? { view: tab as RecordView } : {})
            })
          )}
        >
          {strings.LinkToRecord}
        </Link>
        {onOpenCycle
          ? personCycles
              .filter((c) => c.cycleKey !== summary.cycleKey)
              .map((c) => (
                <Link key={c.cycleKey} onClick={() => onOpenCycle(c.cycleKey)}>
                  {format(strings.OpenCycleRecord, c.cycle.label)}
                </Link>
              ))
          : null}
      </Stack>
      <NextStepBanner steps={steps} party={party} appraiseeName={person.displayName} reviewerName={person.reviewerName ?? ''} />
      {summary.track === 'fullCycle' ? (
        <StageTracker stage={stage} notRequired={notRequired} closedNotAgreed={closed} />
      ) : (
        <Text>{strings.OneToOneOnlyNote}</Text>
      )}
      {progress.informalSupport ? <MessageBar>{strings.InformalSupportStage}</MessageBar> : null}
      {summary.track === 'fullCycle' ? (
        <LazyReviewRequestPanel person={person} staffKey={summary.staffKey} cycleKey={summary.cycleKey} doc={draft} party={party} />
      ) : null}
      <SaveStatus save={save} mine={draft} otherName={party === 'viewer' ? '' : otherName} onRetry={() => saveNow()} onResolve={resolve} />
      <Pivot
        selectedKey={tab ?? defaultTab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)}
        headersOnly={false}
        overflowBehavior="menu"
        overflowAriaLabel={strings.MoreTabs}
      >
        {summary.track === 'fullCycle'
          ? STAGES.map((s) => (
              <PivotItem key={s} itemKey={s} headerText={stageLabel(s)}>
                <RecordContext.Provider value={context(s)}>
                  <StageTab
                    stage={s}
                    staffKey={summary.staffKey}
                    cycleKey={summary.cycleKey}
                    progress={progress.stages[s]}
                    away={progress.away}
                    previous={previous}
                    meetings={meetings}
                    act={actHere}
                    onInvalid={onInvalid}
                    onDownload={() => downloadStageCopy({ person, cycleLabel: summary.cycle.label, stage: s, doc: draft })}
                  />
                </RecordContext.Provider>
              </PivotItem>
            ))
          : null}
        <PivotItem itemKey="oneToOnes" headerText={strings.OneToOnesTab}>
          <OneToOnesSection
            meetings={meetings}
            party={party}
            today={clock.today()}
            otherName={party === 'viewer' ? '' : otherName}
            newId={newId}
          />
        </PivotItem>
        {party === 'reviewer' ? (
          <PivotItem itemKey="privateNotes" headerText={strings.PrivateNotesTab} itemIcon="Lock">
            <PrivateNotesPanel staffKey={summary.staffKey} cycle={summary.cycle} />
          </PivotItem>
        ) : null}
      </Pivot>
    </Stack>
  );
};

import * as React from 'react';
import { Checkbox, ChoiceGroup, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import {
  CONTRACT_TYPES,
  STAFF_CATEGORIES,
  validateRosterRow,
  WEEKDAYS,
  type RosterColumn,
  type RosterFieldError
} from '../../../../domain';
import { categoryLabel, contractLabel } from '../../../../components/labels/staffLabels';
import type { RosterEntry } from '../../../../data/ports';
import { rowErrorText } from './rosterImportText';

/** Props of RosterDetailsForm. */
export interface RosterDetailsFormProps {
  entry: RosterEntry;
  busy: boolean;
  onSave(entry: RosterEntry): void;
}

const WORKDAYS = WEEKDAYS.slice(0, 5);
const LABELS: Partial<Record<RosterColumn, string>> = {
  working_days: strings.FieldDays,
  start_time: strings.FieldStart,
  end_time: strings.FieldEnd,
  job_description_url: strings.FieldJobDescription
};

/** Edits the roster fields HR owns; validates with the same rules as the CSV import and keeps the draft on errors. */
export const RosterDetailsForm: React.FC<RosterDetailsFormProps> = ({ entry, busy, onSave }) => {
  const [draft, setDraft] = React.useState(entry);
  const [errors, setErrors] = React.useState<RosterFieldError[]>([]);
  React.useEffect(() => setDraft(entry), [entry]);
  const p = draft.workingPattern;
  const set = (change: Partial<RosterEntry>): void => setDraft((d) => ({ ...d, ...change }));
  const setPattern = (change: Partial<RosterEntry['workingPattern']>): void => set({ workingPattern: { ...p, ...change } });
  const errorFor = (column: RosterColumn): string | undefined => {
    const e = errors.find((x) => x.column === column);
    return e ? rowErrorText(e, LABELS[column]) : undefined;
  };
  const save = (): void => {
    const checked = validateRosterRow({
      email: draft.upn,
      display_name: draft.displayName,
      job_title: draft.jobTitle,
      category: draft.category ?? 'learningSupport',
      contract: draft.contract,
      working_pattern: p.kind === 'fullTime' ? 'full-time' : 'part-time',
      working_days: p.days.join(' '),
      start_time: p.start,
      end_time: p.end,
      term_time_only: p.termTimeOnly ? 'yes' : 'no',
      probation_passed: draft.probationPassed ? 'yes' : 'no',
      job_description_url: draft.jobDescriptionUrl ?? ''
    });
    setErrors(checked.ok ? [] : checked.error);
    if (checked.ok) onSave({ ...draft, workingPattern: checked.value.workingPattern });
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.DetailsHeading}
      </Text>
      {errors.length ? <MessageBar messageBarType={MessageBarType.error}>{strings.DetailsInvalid}</MessageBar> : null}
      <TextField label={strings.FieldJobTitle} value={draft.jobTitle} onChange={(_, v) => set({ jobTitle: v ?? '' })} />
      <Dropdown
        label={strings.FieldCategory}
        selectedKey={draft.category ?? 'none'}
        onChange={(_, o) => set({ category: o?.key === 'none' ? undefined : (o?.key as RosterEntry['category']) })}
        options={[{ key: 'none', text: common.CategoryNone }, ...STAFF_CATEGORIES.map((c) => ({ key: c, text: categoryLabel(c) }))]}
      />
      <Dropdown
        label={strings.FieldContract}
        selectedKey={draft.contract}
        onChange={(_, o) => o && set({ contract: o.key as RosterEntry['contract'] })}
        options={CONTRACT_TYPES.map((c) => ({ key: c, text: contractLabel(c) }))}
      />
      <ChoiceGroup
        label={strings.FieldPattern}
        selectedKey={p.kind}
        onChange={(_, o) => o && setPattern({ kind: o.key as 'fullTime' | 'partTime' })}
        options={[
          { key: 'fullTime', text: common.PatternFullTime },
          { key: 'partTime', text: common.PatternPartTime }
        ]}
      />
      <Stack role="group" aria-label={strings.FieldDays} tokens={{ childrenGap: 4 }}>
        <Text>{strings.FieldDays}</Text>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          {WORKDAYS.map((d) => (
            <Checkbox
              key={d}
              label={d}
              checked={p.days.includes(d)}
              onChange={(_, on) => setPattern({ days: WORKDAYS.filter((x) => (x === d ? on : p.days.includes(x))) })}
            />
          ))}
        </Stack>
        {errorFor('working_days') ? (
          <Text styles={{ root: { color: 'inherit' } }} role="alert">
            {errorFor('working_days')}
          </Text>
        ) : null}
      </Stack>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <TextField
          label={strings.FieldStart}
          type="time"
          value={p.start}
          onChange={(_, v) => setPattern({ start: v ?? '' })}
          errorMessage={errorFor('start_time')}
        />
        <TextField
          label={strings.FieldEnd}
          type="time"
          value={p.end}
          onChange={(_, v) => setPattern({ end: v ?? '' })}
          errorMessage={errorFor('end_time')}
        />
      </Stack>
      <Checkbox label={strings.FieldTermTimeOnly} checked={p.termTimeOnly} onChange={(_, on) => setPattern({ termTimeOnly: !!on })} />
      <Checkbox label={strings.FieldProbation} checked={draft.probationPassed} onChange={(_, on) => set({ probationPassed: !!on })} />
      <TextField
        label={strings.FieldJobDescription}
        value={draft.jobDescriptionUrl ?? ''}
        onChange={(_, v) => set({ jobDescriptionUrl: v || undefined })}
        errorMessage={errorFor('job_description_url')}
      />
      <Stack horizontal>
        <PrimaryButton text={strings.SaveDetails} disabled={busy} onClick={save} />
      </Stack>
    </Stack>
  );
};

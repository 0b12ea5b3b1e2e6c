import * as React from 'react';
import { Checkbox, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'RemindersStrings';
import { REMINDABLE_STEPS, validateReminderSettings, type RemindableStep, type ReminderSettings } from '../../../../domain/reminders';
import type { DataError } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { KIND_LABELS } from './reminderText';

/** Props of ReminderSettingsForm. */
export interface ReminderSettingsFormProps {
  settings: ReminderSettings;
  /** After a save: the preview is worked out again under the new settings. */
  onSaved: (settings: ReminderSettings) => void;
}

/** What is sent and when it counts as due; administrators only (SharePoint refuses anyone else's save). */
export const ReminderSettingsForm: React.FC<ReminderSettingsFormProps> = ({ settings, onSaved }) => {
  const { reminders } = useAppServices();
  const [draft, setDraft] = React.useState(settings);
  const [before, setBefore] = React.useState(String(settings.daysBeforeDue));
  const [after, setAfter] = React.useState(String(settings.daysAfterDue));
  const [saving, setSaving] = React.useState<'idle' | 'saving' | 'saved' | { error: DataError }>('idle');
  const candidate: ReminderSettings = { ...draft, daysBeforeDue: Number(before), daysAfterDue: Number(after) };
  const errors = validateReminderSettings(candidate);
  const errorOf = (field: string, text: string): string | undefined =>
    saving !== 'idle' && errors.some((e) => e.field === field) ? text : undefined;
  const toggle = (kind: RemindableStep, on: boolean): void =>
    setDraft((d) => ({ ...d, kinds: REMINDABLE_STEPS.filter((k) => (k === kind ? on : d.kinds.includes(k))) }));

  const save = async (): Promise<void> => {
    setSaving('saving');
    if (errors.length) return;
    const saved = await reminders.saveSettings({ ...candidate, recordPageUrl: candidate.recordPageUrl.trim() });
    if (!saved.ok) return setSaving({ error: saved.error });
    setSaving('saved');
    onSaved(saved.value);
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { maxWidth: 560 } }}>
      <Text variant="large" as="h3">
        {strings.SettingsHeading}
      </Text>
      <Stack role="group" aria-label={strings.KindsLabel} tokens={{ childrenGap: 6 }}>
        <Text>{strings.KindsLabel}</Text>
        {REMINDABLE_STEPS.map((kind) => (
          <Checkbox key={kind} label={KIND_LABELS[kind]} checked={draft.kinds.includes(kind)} onChange={(_e, on) => toggle(kind, !!on)} />
        ))}
      </Stack>
      <TextField
        label={strings.DaysBefore}
        type="number"
        min={0}
        max={180}
        value={before}
        onChange={(_e, v) => setBefore(v ?? '')}
        errorMessage={errorOf('daysBeforeDue', strings.DaysOutOfRange)}
      />
      <TextField
        label={strings.DaysAfter}
        type="number"
        min={0}
        max={180}
        value={after}
        onChange={(_e, v) => setAfter(v ?? '')}
        description={strings.DaysHelp}
        errorMessage={errorOf('daysAfterDue', strings.DaysOutOfRange)}
      />
      <TextField
        label={strings.PageUrl}
        type="url"
        value={draft.recordPageUrl}
        onChange={(_e, v) => setDraft((d) => ({ ...d, recordPageUrl: v ?? '' }))}
        description={strings.PageUrlHelp}
        errorMessage={errorOf('recordPageUrl', strings.PageNotHttps)}
      />
      {typeof saving === 'object' && <ErrorMessage error={saving.error} onRetry={save} />}
      {saving === 'saved' && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {strings.Saved}
        </MessageBar>
      )}
      <Stack horizontal>
        <PrimaryButton text={strings.SaveSettings} onClick={save} disabled={saving === 'saving' && !errors.length} />
      </Stack>
    </Stack>
  );
};

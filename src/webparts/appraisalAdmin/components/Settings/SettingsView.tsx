import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  IconButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  TextField
} from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { validateSchemeSettings, type SchemeSettings, type SettingsError } from '../../../../domain';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format } from '../../../../components/format';
import { dateTimeFormat } from '../../../../components/locale';
import type { DataError } from '../../../../data/ports';
import { settingsErrorText } from './settingsText';

const months = (): Array<{ key: number; text: string }> =>
  Array.from({ length: 12 }, (_, i) => ({
    key: i + 1,
    text: dateTimeFormat({ month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, i, 1)))
  }));

/** The scheme's settings: cycle start, suppression threshold, retention, meeting lengths and term dates. */
export const SettingsView: React.FC = () => {
  const { settings } = useAppServices();
  const [state, reload] = useAsync(() => settings.getSettings(), [settings]);
  const [draft, setDraft] = React.useState<SchemeSettings>();
  const [errors, setErrors] = React.useState<SettingsError[]>([]);
  const [outcome, setOutcome] = React.useState<{ saved: boolean } | { error: DataError }>();
  React.useEffect(() => {
    if (state.status === 'ready') setDraft(state.value);
  }, [state]);
  if (state.status === 'loading' || !draft) return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const set = (change: Partial<SchemeSettings>): void => setDraft({ ...draft, ...change });
  const err = (field: SettingsError['field'], index?: number): string | undefined => {
    const e = errors.find((x) => x.field === field && (index === undefined || ('index' in x && x.index === index)));
    return e ? settingsErrorText(e) : undefined;
  };
  const number = (
    field: 'suppressionThreshold' | 'retentionYears' | 'oneToOneMinutes' | 'reviewMeetingMinutes',
    label: string,
    help?: string
  ): JSX.Element => (
    <TextField
      label={label}
      description={help}
      type="number"
      value={String(draft[field])}
      onChange={(_, v) => set({ [field]: Number(v) } as Partial<SchemeSettings>)}
      errorMessage={err(field)}
      styles={{ root: { maxWidth: 420 } }}
    />
  );
  const terms = draft.termDates;
  const setTerm = (i: number, change: Partial<{ start: string; end: string }>): void =>
    set({ termDates: terms.map((t, j) => (j === i ? { ...t, ...change } : t)) });
  const save = (): void => {
    const found = validateSchemeSettings(draft);
    setErrors(found);
    setOutcome(undefined);
    if (found.length) return;
    settings.saveSettings(draft).then((r) => setOutcome(r.ok ? { saved: true } : { error: r.error }), () => undefined);
  };
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.SettingsIntro}</Text>
      {errors.length ? <MessageBar messageBarType={MessageBarType.error}>{strings.SettingsInvalid}</MessageBar> : null}
      {outcome && 'saved' in outcome ? <MessageBar messageBarType={MessageBarType.success}>{strings.SettingsSaved}</MessageBar> : null}
      {outcome && 'error' in outcome ? <ErrorMessage error={outcome.error} /> : null}
      <Dropdown
        label={strings.SettingStartMonth}
        selectedKey={draft.cycleStartMonth}
        options={months()}
        onChange={(_, o) => o && set({ cycleStartMonth: Number(o.key) })}
        errorMessage={err('cycleStartMonth')}
        styles={{ root: { maxWidth: 420 } }}
      />
      {number('suppressionThreshold', strings.SettingThreshold, strings.SettingThresholdHelp)}
      {number('retentionYears', strings.SettingRetention)}
      {number('oneToOneMinutes', strings.SettingOneToOne)}
      {number('reviewMeetingMinutes', strings.SettingReview)}
      <TextField
        label={strings.SettingCpdCatalogue}
        description={strings.SettingCpdCatalogueHelp}
        type="url"
        value={draft.cpdCatalogueUrl}
        onChange={(_, v) => set({ cpdCatalogueUrl: v ?? '' })}
        errorMessage={err('cpdCatalogueUrl')}
        styles={{ root: { maxWidth: 620 } }}
      />
      <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.TermDatesHeading}
      </Text>
      <Text variant="small">{strings.TermDatesHelp}</Text>
      {terms.map((t, i) => (
        <Stack key={i} horizontal verticalAlign="end" wrap tokens={{ childrenGap: 8 }}>
          <TextField
            label={format(strings.TermStart, i + 1)}
            type="date"
            value={t.start}
            onChange={(_, v) => setTerm(i, { start: v ?? '' })}
            errorMessage={err('termDates', i)}
          />
          <TextField label={format(strings.TermEnd, i + 1)} type="date" value={t.end} onChange={(_, v) => setTerm(i, { end: v ?? '' })} />
          <IconButton
            iconProps={{ iconName: 'Delete' }}
            ariaLabel={format(strings.RemoveTerm, i + 1)}
            title={format(strings.RemoveTerm, i + 1)}
            onClick={() => set({ termDates: terms.filter((_, j) => j !== i) })}
          />
        </Stack>
      ))}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddTerm}
          onClick={() => set({ termDates: [...terms, { start: '', end: '' }] })}
        />
        <PrimaryButton text={strings.SaveSettings} onClick={save} />
      </Stack>
    </Stack>
  );
};

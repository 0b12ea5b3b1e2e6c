import * as React from 'react';
import { Checkbox, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import {
  newItemCode,
  STAFF_CATEGORIES,
  validateFrameworkPack,
  type FrameworkError,
  type FrameworkItem,
  type FrameworkPack
} from '../../../../domain';
import { categoryLabel } from '../../../../components/labels/staffLabels';
import { format } from '../../../../components/format';
import { frameworkErrorText } from './frameworkText';

/** Props of FrameworkEditor. */
export interface FrameworkEditorProps {
  /** The pack as it stands, or a new one with its code already chosen. */
  pack: FrameworkPack;
  /** Every other pack: codes must stay unique across them. */
  others: readonly FrameworkPack[];
  onSave(pack: FrameworkPack): void;
  onCancel(): void;
  saving: boolean;
}

/** HR's form for one framework: its name, source, categories and standards. Standards are hidden, never deleted. */
export const FrameworkEditor: React.FC<FrameworkEditorProps> = ({ pack, others, onSave, onCancel, saving }) => {
  const [draft, setDraft] = React.useState<FrameworkPack>(pack);
  const [errors, setErrors] = React.useState<FrameworkError[]>([]);
  const set = (change: Partial<FrameworkPack>): void => setDraft((d) => ({ ...d, ...change }));
  const setItem = (i: number, change: Partial<FrameworkItem>): void =>
    set({ items: draft.items.map((it, j) => (j === i ? { ...it, ...change } : it)) });
  const toggle = (category: (typeof STAFF_CATEGORIES)[number], on: boolean): void =>
    set({ categories: on ? [...draft.categories, category] : draft.categories.filter((c) => c !== category) });
  const save = (): void => {
    const trimmed = { ...draft, title: draft.title.trim(), items: draft.items.map((i) => ({ ...i, title: i.title.trim() })) };
    const found = validateFrameworkPack(trimmed, others);
    setErrors(found);
    if (!found.length) onSave(trimmed);
  };
  return (
    <Stack as="form" tokens={{ childrenGap: 10 }} aria-label={draft.title || strings.AddFramework} onSubmit={(e) => e.preventDefault()}>
      {errors.length ? (
        <MessageBar messageBarType={MessageBarType.error}>
          {strings.FrameworkInvalid} {errors.map(frameworkErrorText).join(' ')}
        </MessageBar>
      ) : null}
      <TextField label={strings.FrameworkName} required value={draft.title} onChange={(_, v) => set({ title: v ?? '' })} />
      <TextField
        label={strings.FrameworkSource}
        description={strings.FrameworkSourceHelp}
        multiline
        autoAdjustHeight
        value={draft.source}
        onChange={(_, v) => set({ source: v ?? '' })}
      />
      <TextField label={strings.FrameworkEdition} value={draft.edition} onChange={(_, v) => set({ edition: v ?? '' })} />
      <TextField
        label={strings.FrameworkCaveat}
        multiline
        autoAdjustHeight
        value={draft.caveat ?? ''}
        onChange={(_, v) => set({ caveat: v || undefined })}
      />
      <Stack role="group" aria-label={strings.FrameworkCategories} tokens={{ childrenGap: 6 }}>
        <Text>{strings.FrameworkCategories}</Text>
        {STAFF_CATEGORIES.map((c) => (
          <Checkbox key={c} label={categoryLabel(c)} checked={draft.categories.includes(c)} onChange={(_, on) => toggle(c, Boolean(on))} />
        ))}
      </Stack>
      <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.FrameworkStandardsHeading}
      </Text>
      {draft.items.map((item, i) => (
        <Stack key={item.code} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <TextField
            label={format(strings.FrameworkStandardTitle, i + 1)}
            required
            value={item.title}
            onChange={(_, v) => setItem(i, { title: v ?? '' })}
            styles={{ root: { minWidth: 260, flexGrow: 1 } }}
          />
          <TextField
            label={format(strings.FrameworkStandardTheme, i + 1)}
            value={item.theme}
            onChange={(_, v) => setItem(i, { theme: v ?? '' })}
          />
          <Checkbox
            label={format(strings.FrameworkStandardHidden, i + 1)}
            checked={Boolean(item.hidden)}
            onChange={(_, on) => setItem(i, { hidden: on || undefined })}
          />
        </Stack>
      ))}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddStandard}
          onClick={() => set({ items: [...draft.items, { code: newItemCode(draft), title: '', theme: '' }] })}
        />
        <PrimaryButton text={strings.SaveFramework} onClick={save} disabled={saving} />
        <DefaultButton text={strings.CancelFramework} onClick={onCancel} disabled={saving} />
      </Stack>
    </Stack>
  );
};

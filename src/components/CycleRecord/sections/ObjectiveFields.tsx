import * as React from 'react';
import { DefaultButton, Dropdown, Stack, Text, useTheme, type IDropdownOption } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { packsFor, standardTitle, type FrameworkCatalogue, type Objective, TEXT_LIMITS } from '../../../domain';
import { format } from '../../format';
import { TextArea } from '../text/TextArea';
import { mayWrite, useRecord } from '../recordContext';
import { patchAt, removeAt } from '../draft/listEdits';
import { SmartHints } from './SmartHints';

/** Props of ObjectiveFields. */
export interface ObjectiveFieldsProps {
  objective: Objective;
  index: number;
  /** The framework packs to link to; undefined while they are read. */
  catalogue?: FrameworkCatalogue;
}

/** One objective as agreed at planning (AB5.1–AB5.5): the reviewer writes it; both see it. */
export const ObjectiveFields: React.FC<ObjectiveFieldsProps> = ({ objective, index, catalogue }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const writable = mayWrite(ctx, 'reviewer');
  const set = (patch: Partial<Objective>): void => ctx.edit((d) => ({ ...d, objectives: patchAt(d.objectives, index, patch) }));
  const path = (field: string): string => `objectives.${index}.${field}`;
  const offered = catalogue ? packsFor(catalogue, ctx.category) : [];
  const standards: IDropdownOption[] = offered.flatMap((pack) => [
    { key: `h-${pack.code}`, text: pack.title, itemType: 2 },
    ...pack.items.map((item) => ({ key: item.code, text: `${item.code} ${item.title}` }))
  ]);
  // A code linked before its pack or item was hidden stays selected and named, so saving never drops the link.
  const offeredCodes = new Set(offered.flatMap((p) => p.items.map((i) => i.code)));
  const kept = objective.standardCodes.filter((c) => !offeredCodes.has(c));
  const named = (code: string): string => `${code} ${(catalogue && standardTitle(catalogue, code)) ?? ''}`.trim();
  if (kept.length)
    standards.push({ key: 'h-kept', text: strings.Standards, itemType: 2 }, ...kept.map((c) => ({ key: c, text: named(c) })));
  return (
    <Stack
      as="section"
      aria-label={format(strings.ObjectiveNumber, index + 1)}
      tokens={{ childrenGap: 6, padding: 12 }}
      styles={{ root: { border: `1px solid ${theme.palette.neutralLight}`, borderRadius: 2 } }}
    >
      <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {format(strings.ObjectiveNumber, index + 1)}
        {objective.carriedFrom ? ` · ${format(strings.CarriedFrom, objective.carriedFrom)}` : ''}
      </Text>
      <TextArea
        label={strings.ObjectiveTitle}
        value={objective.title}
        onChange={(title) => set({ title })}
        readOnly={!writable}
        error={ctx.errorFor(path('title'))}
        multiline={false}
        maxLength={TEXT_LIMITS.title}
        required
      />
      <TextArea
        label={strings.SuccessCriteria}
        description={strings.SuccessCriteriaHelp}
        value={objective.successCriteria}
        onChange={(successCriteria) => set({ successCriteria })}
        readOnly={!writable}
        error={ctx.errorFor(path('successCriteria'))}
        required
      />
      <TextArea
        label={strings.AgreedEvidence}
        description={strings.AgreedEvidenceHelp}
        value={objective.agreedEvidence}
        onChange={(agreedEvidence) => set({ agreedEvidence })}
        readOnly={!writable}
        error={ctx.errorFor(path('agreedEvidence'))}
        required
      />
      <TextArea
        label={strings.TargetDate}
        type="date"
        value={objective.targetDate ?? ''}
        onChange={(v) => set({ targetDate: (v || undefined) as Objective['targetDate'] })}
        readOnly={!writable}
        error={ctx.errorFor(path('targetDate'))}
        multiline={false}
        required
      />
      {standards.length && writable ? (
        <Dropdown
          label={strings.Standards}
          multiSelect
          options={standards}
          selectedKeys={objective.standardCodes}
          onChange={(_e, option) =>
            option &&
            set({
              standardCodes: option.selected
                ? [...objective.standardCodes, String(option.key)]
                : objective.standardCodes.filter((c) => c !== option.key)
            })
          }
        />
      ) : null}
      {!writable && objective.standardCodes.length ? (
        <TextArea label={strings.Standards} value={objective.standardCodes.map(named).join('\n')} onChange={() => undefined} readOnly />
      ) : null}
      <TextArea
        label={strings.SchoolPriority}
        value={objective.schoolPriority}
        onChange={(schoolPriority) => set({ schoolPriority })}
        readOnly={!writable}
        multiline={false}
      />
      {writable ? <SmartHints index={index} /> : null}
      {writable ? (
        <Stack horizontal>
          <DefaultButton
            iconProps={{ iconName: 'Delete' }}
            text={strings.RemoveObjective}
            onClick={() => ctx.edit((d) => ({ ...d, objectives: removeAt(d.objectives, index) }))}
          />
        </Stack>
      ) : null}
    </Stack>
  );
};

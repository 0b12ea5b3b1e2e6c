import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { newActionItem, type ActionItem, type Party } from '../../../domain';
import { format, formatDate } from '../../format';
import { TextArea } from '../text/TextArea';
import { patchAt } from '../draft/listEdits';

/** Props of ActionsEditor. */
export interface ActionsEditorProps {
  actions: readonly ActionItem[];
  party: Party | 'viewer';
  newId(): string;
  onChange(actions: ActionItem[]): void;
  errorFor(path: string): string | undefined;
}

/** Agreed actions, each with an owner and a due date; the owner marks it done (AB9.E2, AB9.M3, AB9.N6). */
export const ActionsEditor: React.FC<ActionsEditorProps> = ({ actions, party, newId, onChange, errorFor }) => {
  const theme = useTheme();
  const writable = party !== 'viewer';
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <Text as="h4" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.ActionsHeading}
      </Text>
      {actions.length === 0 ? <Text>{strings.NoActions}</Text> : null}
      {actions.map((a, i) => (
        <Stack key={a.id} tokens={{ childrenGap: 4, padding: 8 }} styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}>
          {a.carriedFrom ? <Text variant="small">{strings.CarriedOverAction}</Text> : null}
          <TextArea
            label={format(strings.ActionNumber, i + 1)}
            value={a.text}
            onChange={(text) => onChange(patchAt(actions, i, { text }))}
            readOnly={!writable}
            multiline={false}
            error={errorFor(`actions.${i}.text`)}
            required
          />
          <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
            <Dropdown
              label={strings.ActionOwner}
              disabled={!writable}
              selectedKey={a.owner}
              options={[
                { key: 'appraisee', text: strings.OwnerAppraisee },
                { key: 'reviewer', text: strings.OwnerReviewer }
              ]}
              onChange={(_e, o) => o && onChange(patchAt(actions, i, { owner: o.key as Party }))}
              styles={{ root: { minWidth: 160 } }}
            />
            <TextArea
              label={strings.ActionDue}
              type="date"
              value={a.due ?? ''}
              onChange={(v) => onChange(patchAt(actions, i, { due: (v || undefined) as ActionItem['due'] }))}
              readOnly={!writable}
              multiline={false}
            />
            <Checkbox
              label={a.due ? format(strings.ActionDoneBy, formatDate(a.due)) : strings.ActionDone}
              checked={a.done}
              disabled={!writable}
              onChange={(_e, done) => onChange(patchAt(actions, i, { done: Boolean(done) }))}
            />
          </Stack>
        </Stack>
      ))}
      {writable ? (
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddAction}
          onClick={() => onChange([...actions, newActionItem(newId(), party)])}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      ) : null}
    </Stack>
  );
};

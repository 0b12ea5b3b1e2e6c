import * as React from 'react';
import { DefaultButton, Dropdown, PrimaryButton, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { newDevelopmentNeed, type DevelopmentNeed } from '../../../domain';
import { format } from '../../format';
import { TextArea } from '../text/TextArea';
import { mayWrite, useRecord } from '../recordContext';
import { patchAt, removeAt } from '../draft/listEdits';
import { SectionHeading } from '../text/SectionHeading';

/** Props of DevelopmentNeedsSection. */
export interface DevelopmentNeedsSectionProps {
  /** Planning agrees needs and support (AB5.4); the reviews record support given and whether the need is met (AB6.5). */
  mode: 'agree' | 'review';
}

/** Development needs with the support agreed and given. */
export const DevelopmentNeedsSection: React.FC<DevelopmentNeedsSectionProps> = ({ mode }) => {
  const ctx = useRecord();
  const theme = useTheme();
  const writable = mayWrite(ctx, 'reviewer');
  const agreeing = mode === 'agree' && writable;
  const set = (i: number, patch: Partial<DevelopmentNeed>): void =>
    ctx.edit((d) => ({ ...d, developmentNeeds: patchAt(d.developmentNeeds, i, patch) }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.DevelopmentHeading}</SectionHeading>
      {ctx.doc.developmentNeeds.length === 0 ? <Text>{strings.NoDevelopmentNeeds}</Text> : null}
      {ctx.doc.developmentNeeds.map((n, i) => (
        <Stack
          key={n.id}
          as="section"
          aria-label={format(strings.DevelopmentNumber, i + 1)}
          tokens={{ childrenGap: 6, padding: 12 }}
          styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}
        >
          <TextArea
            label={strings.DevelopmentNeed}
            value={n.need}
            onChange={(need) => set(i, { need })}
            readOnly={!agreeing}
            error={ctx.errorFor(`developmentNeeds.${i}.need`)}
            multiline={false}
            required
          />
          {agreeing && ctx.doc.objectives.length ? (
            <Dropdown
              label={strings.NeedObjective}
              selectedKey={n.objectiveId ?? ''}
              options={[
                { key: '', text: strings.NeedNoObjective },
                ...ctx.doc.objectives.map((o, j) => ({ key: o.id, text: o.title.trim() || format(strings.ObjectiveNumber, j + 1) }))
              ]}
              onChange={(_e, o) => o && set(i, { objectiveId: o.key ? (String(o.key) as DevelopmentNeed['objectiveId']) : undefined })}
            />
          ) : null}
          {!agreeing && n.objectiveId ? (
            <TextArea
              label={strings.NeedObjective}
              value={ctx.doc.objectives.find((o) => o.id === n.objectiveId)?.title ?? strings.NeedObjectiveRemoved}
              onChange={() => undefined}
              readOnly
              multiline={false}
            />
          ) : null}
          <TextArea
            label={strings.AgreedSupport}
            value={n.agreedSupport}
            onChange={(agreedSupport) => set(i, { agreedSupport })}
            readOnly={!agreeing}
            error={ctx.errorFor(`developmentNeeds.${i}.agreedSupport`)}
            required
          />
          <TextArea
            label={strings.TargetDate}
            type="date"
            value={n.targetDate ?? ''}
            onChange={(v) => set(i, { targetDate: (v || undefined) as DevelopmentNeed['targetDate'] })}
            readOnly={!agreeing}
            error={ctx.errorFor(`developmentNeeds.${i}.targetDate`)}
            multiline={false}
          />
          {mode === 'review' ? (
            <>
              <TextArea
                label={strings.SupportGiven}
                value={n.supportGiven}
                onChange={(supportGiven) => set(i, { supportGiven })}
                readOnly={!writable}
              />
              {writable ? (
                <Dropdown
                  label={strings.NeedStatus}
                  selectedKey={n.status}
                  options={[
                    { key: 'open', text: strings.NeedOpen },
                    { key: 'met', text: strings.NeedMet }
                  ]}
                  onChange={(_e, o) => o && set(i, { status: o.key as DevelopmentNeed['status'] })}
                />
              ) : (
                <TextArea
                  label={strings.NeedStatus}
                  value={n.status === 'met' ? strings.NeedMet : strings.NeedOpen}
                  onChange={() => undefined}
                  readOnly
                  multiline={false}
                />
              )}
            </>
          ) : null}
          {agreeing ? (
            <DefaultButton
              iconProps={{ iconName: 'Delete' }}
              text={strings.RemoveNeed}
              onClick={() => ctx.edit((d) => ({ ...d, developmentNeeds: removeAt(d.developmentNeeds, i) }))}
              styles={{ root: { alignSelf: 'flex-start' } }}
            />
          ) : null}
        </Stack>
      ))}
      {agreeing ? (
        <PrimaryButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddNeed}
          onClick={() => ctx.edit((d) => ({ ...d, developmentNeeds: [...d.developmentNeeds, newDevelopmentNeed(ctx.newId('need'))] }))}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      ) : null}
    </Stack>
  );
};

import * as React from 'react';
import { ChoiceGroup, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import type { Objective, Outcome } from '../../../domain';
import { format } from '../../format';
import { TextArea } from '../text/TextArea';
import { mayWrite, useRecord } from '../recordContext';
import { patchAt } from '../draft/listEdits';
import { SectionHeading } from '../text/SectionHeading';

const OUTCOME_TEXT: Record<Outcome, string> = {
  met: strings.OutcomeMet,
  partlyMet: strings.OutcomePartlyMet,
  notMet: strings.OutcomeNotMet,
  withdrawn: strings.OutcomeWithdrawn
};

/** The assessment of each objective on evidence and feedback (AB7.1); there is no overall grade of the person. */
export const OutcomesSection: React.FC = () => {
  const ctx = useRecord();
  const theme = useTheme();
  const writable = mayWrite(ctx, 'reviewer');
  const set = (i: number, patch: Partial<Objective>): void => ctx.edit((d) => ({ ...d, objectives: patchAt(d.objectives, i, patch) }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.OutcomesHeading}</SectionHeading>
      {ctx.doc.objectives.length === 0 ? <Text>{strings.NoObjectivesYet}</Text> : null}
      {ctx.doc.objectives.map((o, i) => (
        <Stack key={o.id} tokens={{ childrenGap: 4, padding: 12 }} styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}>
          <Text as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
            {o.title}
          </Text>
          <Text variant="small">{format(strings.EvidenceAgreedShown, o.agreedEvidence)}</Text>
          {writable ? (
            <ChoiceGroup
              label={format(strings.OutcomeFor, o.title)}
              required
              selectedKey={o.outcome ?? null}
              options={(Object.keys(OUTCOME_TEXT) as Outcome[]).map((k) => ({ key: k, text: OUTCOME_TEXT[k] }))}
              onChange={(_e, opt) => opt && set(i, { outcome: opt.key as Outcome })}
            />
          ) : (
            <TextArea
              label={format(strings.OutcomeFor, o.title)}
              value={o.outcome ? OUTCOME_TEXT[o.outcome] : ''}
              onChange={() => undefined}
              readOnly
              multiline={false}
            />
          )}
          {ctx.errorFor(`objectives.${i}.outcome`) ? (
            <Text role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
              {ctx.errorFor(`objectives.${i}.outcome`)}
            </Text>
          ) : null}
          <TextArea
            label={o.outcome === 'withdrawn' ? strings.WithdrawnReason : strings.OutcomeNote}
            value={o.outcomeNote}
            onChange={(outcomeNote) => set(i, { outcomeNote })}
            readOnly={!writable}
            error={ctx.errorFor(`objectives.${i}.outcomeNote`)}
            required={o.outcome === 'withdrawn'}
          />
        </Stack>
      ))}
    </Stack>
  );
};

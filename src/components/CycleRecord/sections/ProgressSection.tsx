import * as React from 'react';
import { DefaultButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { newObservation, TEXT_LIMITS, type IsoDate, type Observation } from '../../../domain';
import { format, formatDate } from '../../format';
import { TextArea } from '../text/TextArea';
import { characterCount } from '../text/characterCount';
import { FieldDescription } from '../text/FieldDescription';
import { mayWrite, useRecord } from '../recordContext';
import { patchAt } from '../draft/listEdits';
import { SectionHeading } from '../text/SectionHeading';

/** Monitoring at the six-monthly review (AB6.1, AB6.2): progress notes by either party and observations of practice. */
export const ProgressSection: React.FC = () => {
  const ctx = useRecord();
  const theme = useTheme();
  const [notes, setNotes] = React.useState<Record<string, string>>({});
  const both = mayWrite(ctx, 'both');
  const reviewerWrites = mayWrite(ctx, 'reviewer');
  const addNote = (i: number, id: string): void => {
    const text = (notes[id] ?? '').trim();
    if (!text || text.length > TEXT_LIMITS.long || ctx.party === 'viewer') return;
    ctx.edit((d) => ({
      ...d,
      objectives: patchAt(d.objectives, i, {
        progress: [...d.objectives[i].progress, { on: ctx.today, by: ctx.party as 'appraisee', text }]
      })
    }));
    setNotes({ ...notes, [id]: '' });
  };
  const setObservation = (i: number, patch: Partial<Observation>): void =>
    ctx.edit((d) => ({ ...d, observations: patchAt(d.observations, i, patch) }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.ProgressHeading}</SectionHeading>
      {ctx.doc.objectives.length === 0 ? <Text>{strings.NoObjectivesYet}</Text> : null}
      {ctx.doc.objectives.map((o, i) => (
        <Stack key={o.id} tokens={{ childrenGap: 4, padding: 12 }} styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}>
          <Text as="h4" styles={{ root: { margin: 0, fontWeight: 600 } }}>
            {o.title}
          </Text>
          <Text variant="small">{format(strings.SuccessCriteriaShown, o.successCriteria)}</Text>
          {o.progress.map((p, j) => (
            <Text key={j}>
              {format(
                strings.ProgressNoteShown,
                formatDate(p.on),
                p.by === 'reviewer' ? strings.PartyReviewer : strings.PartyAppraisee,
                p.text
              )}
            </Text>
          ))}
          {both ? (
            <Stack horizontalAlign="start" tokens={{ childrenGap: 8 }}>
              <TextField
                label={format(strings.AddProgressNoteFor, o.title)}
                value={notes[o.id] ?? ''}
                onChange={(_e, v) => setNotes({ ...notes, [o.id]: v ?? '' })}
                onRenderDescription={() => <FieldDescription count={characterCount(notes[o.id] ?? '', TEXT_LIMITS.long)} />}
                errorMessage={characterCount(notes[o.id] ?? '', TEXT_LIMITS.long).error}
                styles={{ root: { alignSelf: 'stretch' } }}
              />
              <DefaultButton text={strings.AddProgressNote} onClick={() => addNote(i, o.id)} />
            </Stack>
          ) : null}
        </Stack>
      ))}
      <SectionHeading>{strings.ObservationsHeading}</SectionHeading>
      {ctx.doc.observations.length === 0 ? <Text>{strings.NoObservations}</Text> : null}
      {ctx.doc.observations.map((ob, i) => (
        <Stack
          key={ob.id}
          tokens={{ childrenGap: 4, padding: 12 }}
          styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}
        >
          <TextArea
            label={strings.ObservationDate}
            type="date"
            value={ob.on}
            onChange={(on) => setObservation(i, { on: on as IsoDate })}
            readOnly={!reviewerWrites}
            multiline={false}
          />
          <TextArea
            label={strings.Observer}
            value={ob.observer}
            onChange={(observer) => setObservation(i, { observer })}
            readOnly={!reviewerWrites}
            multiline={false}
          />
          <TextArea
            label={strings.ObservationFocus}
            value={ob.focus}
            onChange={(focus) => setObservation(i, { focus })}
            readOnly={!reviewerWrites}
            multiline={false}
          />
          <TextArea
            label={strings.ObservationFeedback}
            value={ob.feedback}
            onChange={(feedback) => setObservation(i, { feedback })}
            readOnly={!reviewerWrites}
          />
        </Stack>
      ))}
      {reviewerWrites ? (
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={strings.AddObservation}
          onClick={() => ctx.edit((d) => ({ ...d, observations: [...d.observations, newObservation(ctx.newId('obs'), ctx.today)] }))}
          styles={{ root: { alignSelf: 'flex-start' } }}
        />
      ) : null}
    </Stack>
  );
};

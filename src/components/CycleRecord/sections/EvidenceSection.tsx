import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { safeLink, SHAREPOINT_LIMITS, TEXT_LIMITS, type EvidenceItem, type ObjectiveId } from '../../../domain';
import { useAppServices } from '../../services/AppServicesContext';
import { dataErrorText } from '../../ErrorMessage/dataErrorText';
import { format, formatDate } from '../../format';
import { useRecord } from '../recordContext';
import { SectionHeading } from '../text/SectionHeading';
import { SafeLink } from '../../SafeLink';
import { characterCount } from '../text/characterCount';
import { FieldDescription } from '../text/FieldDescription';

/** Props of EvidenceSection. */
export interface EvidenceSectionProps {
  staffKey: string;
  cycleKey: string;
}

/** Evidence either party adds at any time, as a link or a file in the evidence library; both see it (AB5.3, AB6.3). */
export const EvidenceSection: React.FC<EvidenceSectionProps> = ({ staffKey, cycleKey }) => {
  const ctx = useRecord();
  const { cycles } = useAppServices();
  const [title, setTitle] = React.useState('');
  const [url, setUrl] = React.useState('');
  const [objective, setObjective] = React.useState<string>('');
  const [message, setMessage] = React.useState<{ error: boolean; text: string }>();
  const [busy, setBusy] = React.useState(false);
  const canAdd = ctx.party !== 'viewer';
  const titleCount = characterCount(title.trim(), TEXT_LIMITS.short);
  const add = (item: Omit<EvidenceItem, 'id' | 'addedBy' | 'addedOn'>): void =>
    ctx.edit((d) => ({
      ...d,
      evidence: [...d.evidence, { ...item, id: ctx.newId('ev'), addedBy: ctx.party as EvidenceItem['addedBy'], addedOn: ctx.today }]
    }));
  const objectiveOf = (): ObjectiveId | undefined => (objective ? (objective as ObjectiveId) : undefined);
  const addLink = (): void => {
    const link = safeLink(url.trim());
    if (!title.trim() || titleCount.error || link === undefined || link.startsWith('/'))
      return setMessage({ error: true, text: strings.EvidenceLinkInvalid });
    add({ kind: 'link', title: title.trim(), url: link, objectiveId: objectiveOf() });
    setTitle('');
    setUrl('');
    setMessage(undefined);
  };
  const upload = async (file: File): Promise<void> => {
    // Said before the file is read: SharePoint takes a file sent whole up to 250 MB (SHAREPOINT_LIMITS).
    const tooLarge = { error: true, text: format(strings.EvidenceTooLarge, file.name, Math.ceil(file.size / 1_048_576)) };
    if (file.size > SHAREPOINT_LIMITS.fileUploadBytes) return setMessage(tooLarge);
    setBusy(true);
    const result = await cycles.uploadEvidence(staffKey, cycleKey, file.name, await file.arrayBuffer());
    setBusy(false);
    if (!result.ok) return setMessage(result.error.code === 'tooLarge' ? tooLarge : { error: true, text: dataErrorText(result.error) });
    add({ kind: 'file', title: file.name, url: result.value.url, objectiveId: objectiveOf() });
    setMessage({ error: false, text: format(strings.EvidenceUploaded, file.name) });
  };
  const titleOf = (id: ObjectiveId | undefined): string | undefined => ctx.doc.objectives.find((o) => o.id === id)?.title;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.EvidenceHeading}</SectionHeading>
      {ctx.doc.evidence.length === 0 ? <Text>{strings.NoEvidence}</Text> : null}
      <ul style={{ margin: 0 }}>
        {ctx.doc.evidence.map((e) => (
          <li key={e.id}>
            <SafeLink href={e.url} newTab>
              {e.title}
            </SafeLink>
            <Text variant="small">{` · ${format(titleOf(e.objectiveId) === undefined ? strings.EvidenceAddedGeneral : strings.EvidenceAdded, titleOf(e.objectiveId) ?? '', e.addedBy === 'reviewer' ? strings.PartyReviewer : strings.PartyAppraisee, formatDate(e.addedOn))}`}</Text>
          </li>
        ))}
      </ul>
      {canAdd ? (
        <Stack tokens={{ childrenGap: 6 }}>
          <Dropdown
            label={strings.EvidenceFor}
            selectedKey={objective}
            options={[
              { key: '', text: strings.EvidenceGeneral },
              ...ctx.doc.objectives.map((o) => ({ key: o.id, text: o.title || strings.UntitledObjective }))
            ]}
            onChange={(_e, o) => setObjective(String(o?.key ?? ''))}
          />
          {/* Fields aligned at their labels (the title's counter makes it taller), the button on its own line. */}
          <Stack horizontal verticalAlign="start" styles={{ root: { flexWrap: 'wrap', columnGap: '8px' } }}>
            <TextField
              label={strings.EvidenceTitle}
              value={title}
              onChange={(_e, v) => setTitle(v ?? '')}
              onRenderDescription={() => <FieldDescription count={titleCount} />}
              errorMessage={titleCount.error}
              styles={{ root: { flex: '1 1 14em' } }}
            />
            <TextField
              label={strings.EvidenceUrl}
              type="url"
              value={url}
              onChange={(_e, v) => setUrl(v ?? '')}
              styles={{ root: { flex: '2 1 18em' } }}
            />
          </Stack>
          <Stack horizontal>
            <DefaultButton text={strings.AddLink} onClick={addLink} />
          </Stack>
          <Stack as="label" horizontal verticalAlign="center" styles={{ root: { flexWrap: 'wrap', columnGap: '8px' } }}>
            <Text>{strings.UploadFile}</Text>
            <input type="file" disabled={busy} onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
          </Stack>
        </Stack>
      ) : null}
      {message ? (
        <MessageBar
          messageBarType={message.error ? MessageBarType.error : MessageBarType.success}
          onDismiss={() => setMessage(undefined)}
          dismissButtonAriaLabel={strings.DismissMessage}
        >
          {message.text}
        </MessageBar>
      ) : null}
    </Stack>
  );
};

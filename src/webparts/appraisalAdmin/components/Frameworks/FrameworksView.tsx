import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import * as common from 'CommonStrings';
import { newPackCode, type FrameworkPack } from '../../../../domain';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { categoryLabel } from '../../../../components/labels/staffLabels';
import { format } from '../../../../components/format';
import type { DataError } from '../../../../data/ports';
import { FrameworkEditor } from './FrameworkEditor';

/**
 * The Frameworks tab (issue 18): HR adds the school's own framework, edits a pack, or hides it. SharePoint lets only
 * Appraisal Administrators write the list; a refusal shows as the error it is.
 */
export const FrameworksView: React.FC = () => {
  const { frameworks } = useAppServices();
  const theme = useTheme();
  const [state, reload] = useAsync(() => frameworks.catalogue(), [frameworks]);
  const [editing, setEditing] = React.useState<FrameworkPack>();
  const [saving, setSaving] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ saved: true } | { error: DataError }>();
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={common.Loading} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const packs = state.value.packs;
  // What the editor started from: a save over anything else is refused with `conflict`, and the form keeps the draft.
  const save = (pack: FrameworkPack, basedOn: FrameworkPack | undefined): void => {
    setSaving(true);
    setOutcome(undefined);
    frameworks.savePack(pack, basedOn).then(
      (r) => {
        setSaving(false);
        setOutcome(r.ok ? { saved: true } : { error: r.error });
        if (r.ok) {
          setEditing(undefined);
          reload();
        }
      },
      () => setSaving(false)
    );
  };
  const blank = (): FrameworkPack => ({ code: newPackCode(packs), title: '', source: '', edition: '', categories: [], items: [] });
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.FrameworksIntro}</Text>
      {outcome && 'saved' in outcome ? <MessageBar messageBarType={MessageBarType.success}>{strings.FrameworkSaved}</MessageBar> : null}
      {outcome && 'error' in outcome && outcome.error.code === 'conflict' ? (
        <MessageBar messageBarType={MessageBarType.warning}>{strings.FrameworkConflict}</MessageBar>
      ) : null}
      {outcome && 'error' in outcome && outcome.error.code !== 'conflict' ? <ErrorMessage error={outcome.error} /> : null}
      {editing ? (
        <FrameworkEditor
          pack={editing}
          others={packs.filter((p) => p.code !== editing.code)}
          onSave={(pack) => save(pack, packs.find((p) => p.code === editing.code))}
          onCancel={() => {
            setEditing(undefined);
            // After a conflict, Cancel shows what the other editor saved.
            if (outcome && 'error' in outcome && outcome.error.code === 'conflict') {
              setOutcome(undefined);
              reload();
            }
          }}
          saving={saving}
        />
      ) : (
        <Stack horizontal>
          <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.AddFramework} onClick={() => setEditing(blank())} />
        </Stack>
      )}
      <Stack
        as="ul"
        aria-label={strings.FrameworksLabel}
        tokens={{ childrenGap: 8 }}
        styles={{ root: { listStyle: 'none', padding: 0, margin: 0 } }}
      >
        {packs.map((pack) => (
          <Stack
            as="li"
            key={pack.code}
            tokens={{ childrenGap: 4, padding: 10 }}
            styles={{ root: { border: `1px solid ${theme.palette.neutralLight}` } }}
          >
            <Text as="h3" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
              {pack.title}
            </Text>
            <Text variant="small">{format(strings.FrameworkOfferedTo, pack.categories.map(categoryLabel).join(', '))}</Text>
            <Text variant="small">{format(strings.FrameworkStandardsCount, pack.items.filter((i) => !i.hidden).length)}</Text>
            {pack.hidden ? <Text variant="small">{strings.FrameworkHidden}</Text> : null}
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <DefaultButton
                text={strings.EditFrameworkShort}
                ariaLabel={format(strings.EditFramework, pack.title)}
                onClick={() => setEditing(pack)}
                disabled={saving}
              />
              <DefaultButton
                text={pack.hidden ? strings.ShowFrameworkShort : strings.HideFrameworkShort}
                ariaLabel={format(pack.hidden ? strings.ShowFramework : strings.HideFramework, pack.title)}
                onClick={() => save({ ...pack, hidden: pack.hidden ? undefined : true }, pack)}
                disabled={saving}
              />
            </Stack>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
};

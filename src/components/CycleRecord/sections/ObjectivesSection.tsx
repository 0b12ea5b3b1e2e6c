import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, type IDropdownOption } from '@fluentui/react';
import * as strings from 'RecordStrings';
import { exemplarsFor, newObjective, objectiveId, packsFor, type Objective } from '../../../domain';
import { useFrameworkCatalogue } from './useFrameworkCatalogue';
import { ObjectiveFields } from './ObjectiveFields';
import { mayWrite, useRecord } from '../recordContext';
import { SectionHeading } from '../text/SectionHeading';

/** The cycle's objectives at planning, with exemplars for the person's category (EA-PM) and the framework caveat. */
export const ObjectivesSection: React.FC = () => {
  const ctx = useRecord();
  const writable = mayWrite(ctx, 'reviewer');
  const { catalogue, fallback } = useFrameworkCatalogue();
  const exemplars = catalogue ? exemplarsFor(catalogue, ctx.category) : [];
  const caveats = catalogue ? packsFor(catalogue, ctx.category).flatMap((p) => (p.caveat ? [p.caveat] : [])) : [];
  const add = (from?: Pick<Objective, 'title' | 'successCriteria' | 'agreedEvidence'>): void =>
    ctx.edit((d) => ({ ...d, objectives: [...d.objectives, { ...newObjective(objectiveId(ctx.newId('obj'))), ...from }] }));
  const options: IDropdownOption[] = exemplars.map((e, i) => ({ key: i, text: e.title }));
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <SectionHeading>{strings.ObjectivesHeading}</SectionHeading>
      {ctx.errorFor('objectives') ? <MessageBar messageBarType={MessageBarType.error}>{ctx.errorFor('objectives')}</MessageBar> : null}
      {fallback ? <MessageBar messageBarType={MessageBarType.warning}>{strings.StandardsFallback}</MessageBar> : null}
      {caveats.map((c) => (
        <MessageBar key={c}>{c}</MessageBar>
      ))}
      {ctx.doc.objectives.length === 0 ? <Text>{writable ? strings.NoObjectivesReviewer : strings.NoObjectivesYet}</Text> : null}
      {ctx.doc.objectives.map((o, i) => (
        <ObjectiveFields key={o.id} objective={o} index={i} catalogue={catalogue} />
      ))}
      {writable ? (
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
          <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.AddObjective} onClick={() => add()} />
          {options.length ? (
            <Dropdown
              label={strings.StartFromExemplar}
              placeholder={strings.ChooseExemplar}
              options={options}
              selectedKey={null}
              onChange={(_e, option) => option && add(exemplars[Number(option.key)])}
              styles={{ root: { minWidth: 280 } }}
            />
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
};

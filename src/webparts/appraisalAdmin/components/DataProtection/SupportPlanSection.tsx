/**
 * Informal support for one person (DOMAIN §7.4), in the person panel: start a plan, keep its text, review date and
 * outcome, close it, and record a referral to the formal capability procedure as a fact. The plan is its own item that
 * only the person, their reviewer and HR can open; nothing here reads or writes the appraisal record.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'DataProtectionStrings';
import { parseIsoDate, type SupportPlan } from '../../../../domain';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { useAsync } from '../../../../components/hooks/useAsync';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { format, formatDate } from '../../../../components/format';
import type { DataError, RosterEntry } from '../../../../data/ports';
import { recordReferral, startSupportPlan } from '../../../../app/dataProtection/supportPlan';

export interface SupportPlanSectionProps {
  entry: RosterEntry;
}

/** HR's view of a person's informal support plans and referrals. */
export const SupportPlanSection: React.FC<SupportPlanSectionProps> = ({ entry }) => {
  const services = useAppServices();
  const { supportPlans, currentUser, clock } = services;
  const [plans, reloadPlans] = useAsync(() => supportPlans.forPerson(String(entry.id)), [entry.id]);
  const [referrals, reloadReferrals] = useAsync(() => supportPlans.referrals(String(entry.id)), [entry.id]);
  const [draft, setDraft] = React.useState({ concerns: '', supportAgreed: '', reviewOn: '' });
  const [editing, setEditing] = React.useState<SupportPlan | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<DataError | undefined>(undefined);

  const run = async (work: () => Promise<{ ok: boolean; error?: DataError }>, after: () => void): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await work();
    setBusy(false);
    if (!result.ok) setError(result.error);
    else after();
  };
  const start = (): Promise<void> =>
    run(
      () =>
        startSupportPlan(
          services,
          entry,
          { concerns: draft.concerns, supportAgreed: draft.supportAgreed, reviewOn: parseIsoDate(draft.reviewOn) },
          currentUser.displayName,
          clock.today()
        ),
      () => {
        setDraft({ concerns: '', supportAgreed: '', reviewOn: '' });
        reloadPlans();
      }
    );
  const save = (plan: SupportPlan): Promise<void> => run(() => supportPlans.update(plan), () => {
    setEditing(undefined);
    reloadPlans();
  });
  const refer = (): Promise<void> => run(() => recordReferral(services, entry, currentUser.displayName, clock.today()), reloadReferrals);

  const open = plans.status === 'ready' ? plans.value.find((p) => !p.closedOn) : undefined;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text as="h2" variant="mediumPlus" styles={{ root: { margin: 0 } }}>
        {strings.SupportHeading}
      </Text>
      <Text variant="small">{strings.SupportHelp}</Text>
      {error ? <ErrorMessage error={error} /> : null}
      {plans.status === 'loading' ? <Spinner label={strings.SupportLoading} /> : null}
      {plans.status === 'error' ? <ErrorMessage error={plans.error} /> : null}
      {plans.status === 'ready'
        ? plans.value.map((plan) => {
            const shown = editing?.id === plan.id ? editing : plan;
            const change = (field: 'concerns' | 'supportAgreed' | 'outcome', value: string): void =>
              setEditing({ ...shown, [field]: value });
            return (
              <Stack key={plan.id} tokens={{ childrenGap: 4 }}>
                <Text>
                  {plan.closedOn
                    ? format(strings.SupportClosedLine, formatDate(plan.openedOn), formatDate(plan.closedOn))
                    : format(strings.SupportOpenLine, formatDate(plan.openedOn))}
                </Text>
                <TextField
                  label={strings.SupportConcerns}
                  multiline
                  value={shown.concerns}
                  onChange={(_, v) => change('concerns', v ?? '')}
                />
                <TextField
                  label={strings.SupportAgreed}
                  multiline
                  value={shown.supportAgreed}
                  onChange={(_, v) => change('supportAgreed', v ?? '')}
                />
                <TextField
                  label={strings.SupportReviewOn}
                  type="date"
                  value={shown.reviewOn ?? ''}
                  onChange={(_, v) => setEditing({ ...shown, reviewOn: parseIsoDate(v ?? '') })}
                />
                <TextField label={strings.SupportOutcome} multiline value={shown.outcome} onChange={(_, v) => change('outcome', v ?? '')} />
                <Stack horizontal tokens={{ childrenGap: 8 }}>
                  <PrimaryButton text={strings.SupportSave} disabled={busy || editing?.id !== plan.id} onClick={() => save(shown)} />
                  {plan.closedOn ? null : (
                    <DefaultButton
                      text={strings.SupportClose}
                      disabled={busy}
                      onClick={() => save({ ...shown, closedOn: clock.today() })}
                    />
                  )}
                </Stack>
              </Stack>
            );
          })
        : null}
      {plans.status === 'ready' && !open ? (
        <Stack tokens={{ childrenGap: 4 }}>
          <TextField
            label={strings.SupportConcerns}
            multiline
            value={draft.concerns}
            onChange={(_, v) => setDraft({ ...draft, concerns: v ?? '' })}
          />
          <TextField
            label={strings.SupportAgreed}
            multiline
            value={draft.supportAgreed}
            onChange={(_, v) => setDraft({ ...draft, supportAgreed: v ?? '' })}
          />
          <TextField
            label={strings.SupportReviewOn}
            type="date"
            value={draft.reviewOn}
            onChange={(_, v) => setDraft({ ...draft, reviewOn: v ?? '' })}
          />
          <Stack horizontal>
            <PrimaryButton text={strings.SupportStart} disabled={busy || draft.concerns.trim() === '' || !!entry.leftOn} onClick={start} />
          </Stack>
        </Stack>
      ) : null}
      <Text as="h3" variant="medium" styles={{ root: { margin: 0 } }}>
        {strings.ReferralHeading}
      </Text>
      <Text variant="small">{strings.ReferralHelp}</Text>
      {referrals.status === 'ready'
        ? referrals.value.map((r) => <Text key={`${r.on}-${r.by}`}>{format(strings.ReferralLine, formatDate(r.on), r.by)}</Text>)
        : null}
      {referrals.status === 'error' ? <ErrorMessage error={referrals.error} /> : null}
      {open ? <MessageBar>{strings.SupportPausedNote}</MessageBar> : null}
      <Stack horizontal>
        <DefaultButton text={strings.ReferralButton} disabled={busy || referrals.status !== 'ready'} onClick={refer} />
      </Stack>
    </Stack>
  );
};

import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton } from '@fluentui/react';
import * as strings from 'AppraisalAdminWebPartStrings';
import type { ItemProblem } from '../../../../data/ports';
import { useAppServices } from '../../../../components/services/AppServicesContext';
import { dataErrorText } from '../../../../components/ErrorMessage/dataErrorText';
import { format } from '../../../../components/format';

/** Props of RecycleItemButton. */
export interface RecycleItemButtonProps {
  problem: ItemProblem;
  onRecycled(): void;
}

/** Moves one left-out item to the site's recycle bin after a confirmation; an audit entry records it. */
export const RecycleItemButton: React.FC<RecycleItemButtonProps> = ({ problem, onRecycled }) => {
  const { records } = useAppServices();
  const [asking, setAsking] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const item = format(strings.AttentionItemIn, problem.itemId, problem.list);
  const recycle = async (): Promise<void> => {
    setBusy(true);
    const result = await records.recycleItem(problem);
    setBusy(false);
    if (!result.ok) return setError(dataErrorText(result.error));
    setAsking(false);
    onRecycled();
  };
  return (
    <>
      <DefaultButton
        text={strings.AttentionRecycle}
        ariaLabel={format(strings.AttentionRecycleLabel, item)}
        onClick={() => setAsking(true)}
      />
      <Dialog
        hidden={!asking}
        onDismiss={() => setAsking(false)}
        dialogContentProps={{
          type: DialogType.normal,
          title: strings.AttentionRecycleTitle,
          subText: format(strings.AttentionRecycleConfirm, item)
        }}
        modalProps={{ isBlocking: true }}
      >
        {error ? <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar> : null}
        <DialogFooter>
          <PrimaryButton
            text={strings.AttentionRecycle}
            onClick={() => {
              recycle().catch(() => undefined);
            }}
            disabled={busy}
          />
          <DefaultButton text={strings.AttentionKeep} onClick={() => setAsking(false)} disabled={busy} />
        </DialogFooter>
      </Dialog>
    </>
  );
};

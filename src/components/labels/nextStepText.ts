import * as strings from 'CommonStrings';
import type { NextStep, Stage } from '../../domain';
import { format } from '../format';
import { dateTimeFormat } from '../locale';

/** "Thu 10 December, 10:00" in London time, in the page's language ("Iau 10 Rhagfyr, 10:00" in Welsh). */
export const meetingWhen = (instant: string): string =>
  dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(
    new Date(instant)
  );

/** The stage inside a sentence: "the six-monthly review". */
export function stageInSentence(stage: Stage): string {
  return { planning: strings.InSentencePlanning, interimReview: strings.InSentenceInterim, finalReview: strings.InSentenceFinal }[stage];
}

/** The step said to the person who takes it: "Book the six-monthly review". */
export function yourStepText(step: NextStep): string {
  const stage = stageInSentence(step.stage);
  switch (step.kind) {
    case 'answerDisagreement':
      return format(strings.NextAnswerDisagreement, stage);
    case 'answerChangeRequest':
      return format(strings.NextAnswerChanges, stage);
    case 'agree':
      return format(strings.NextAgree, stage);
    case 'reshare':
      return format(strings.NextReshare, stage);
    case 'book':
      return format(step.optional ? strings.NextBookOptional : strings.NextBook, stage);
    case 'prepare':
      return step.meetingStart ? format(strings.NextPrepareFor, stage, meetingWhen(step.meetingStart)) : format(strings.NextPrepare, stage);
    case 'hold':
      return format(strings.NextHold, stage, meetingWhen(step.meetingStart));
    case 'writeUp':
      return format(strings.NextWriteUp, stage);
    default: {
      const unreachable: never = step;
      return String(unreachable);
    }
  }
}

/** The step said to the other party: "Waiting for Tom Hughes to book the six-monthly review". */
export function theirStepText(step: NextStep, name: string): string {
  const stage = stageInSentence(step.stage);
  switch (step.kind) {
    case 'answerDisagreement': return format(strings.WaitAnswerDisagreement, name, stage);
    case 'answerChangeRequest': return format(strings.WaitAnswerChanges, name, stage);
    case 'agree': return format(strings.WaitAgree, name, stage);
    case 'reshare': return format(strings.WaitReshare, name, stage);
    case 'book': return format(strings.WaitBook, name, stage);
    case 'prepare': return format(strings.WaitPrepare, name, stage);
    case 'hold': return format(strings.WaitHold, stage, meetingWhen(step.meetingStart));
    case 'writeUp': return format(strings.WaitWriteUp, name, stage);
    default: {
      const unreachable: never = step;
      return String(unreachable);
    }
  }
}

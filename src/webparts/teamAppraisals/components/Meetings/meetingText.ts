import * as strings from 'TeamAppraisalsWebPartStrings';
import * as common from 'CommonStrings';
import type { NoTimes } from '../../../../app/booking/findTimes';
import type { InviteWording } from '../../../../app/booking/bookMeeting';
import type { CalendarError, MeetingKind, TimeSlot } from '../../../../data/ports';
import { format } from '../../../../components/format';
import { dateTimeFormat } from '../../../../components/locale';
import { dataErrorText } from '../../../../components/ErrorMessage';

const day = {
  format: (d: Date): string =>
    dateTimeFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' }).format(d)
};
const time = { format: (d: Date): string => dateTimeFormat({ hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(d) };

/** "Mon 7 Dec 2026, 10:00–10:30" in London time. */
export function slotText(slot: TimeSlot): string {
  return format(strings.SlotText, day.format(new Date(slot.start)), time.format(new Date(slot.start)), time.format(new Date(slot.end)));
}

/** The meeting kind in the glossary's words. */
export function kindText(kind: MeetingKind): string {
  return {
    planning: common.StagePlanning,
    interimReview: common.StageInterimReview,
    finalReview: common.StageFinalReview,
    oneToOne: common.OneToOne
  }[kind];
}

/** Invite wording: the meeting kind and first names only, and a link to the record (DOMAIN §5). */
export const inviteWording: InviteWording = {
  subject: (kind, a, r) =>
    format(
      {
        planning: strings.SubjectPlanning,
        interimReview: strings.SubjectInterimReview,
        finalReview: strings.SubjectFinalReview,
        oneToOne: strings.SubjectOneToOne
      }[kind],
      a,
      r
    ),
  body: (url) => `<p>${format(strings.InviteBody, `<a href="${url.replace(/"/g, '&quot;')}">${url.replace(/</g, '&lt;')}</a>`)}</p>`
};

/** A calendar failure in words, naming the permissions an administrator must approve. */
export function calendarErrorText(error: CalendarError): string {
  if (error.code === 'permissionNotApproved') return format(strings.PermissionNeeded, error.scopes.join(', '));
  if (error.code === 'unknownMailbox') return format(strings.UnknownMailbox, error.upn);
  return dataErrorText(error);
}

/** Why no time was offered, in words. */
export function noTimesText(reason: NoTimes, appraiseeName: string): string {
  switch (reason.code) {
    case 'noCommonWorkingDay':
      return format(strings.NoCommonDay, appraiseeName);
    case 'noCommonHours':
      return format(strings.NoCommonHours, reason.minutesAvailable);
    case 'onlyHolidays':
      return strings.OnlyHolidays;
    case 'outlookBusy':
      return strings.OutlookBusy;
    case 'calendar':
      return calendarErrorText(reason.error);
    default: {
      const unreachable: never = reason;
      return String(unreachable);
    }
  }
}

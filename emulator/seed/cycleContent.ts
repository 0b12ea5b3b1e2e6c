/**
 * Cycle content for the workbench school, written by the reviewer and the appraisee through our own use cases:
 * Aisha's planning agreed and her six-monthly review shared; Hannah's planning agreed; Zoë's planning still a draft.
 */
import type { TenantEmulator } from '../core/TenantEmulator';
import { servicesAs } from './inProcessServices';
import { applyStageAction, saveCycleDraft } from '../../src/app/cycle/stageActions';
import {
  directoryId,
  newDevelopmentNeed,
  newObjective,
  objectiveId,
  type CycleDocument,
  type IsoDate,
  type IsoInstant
} from '../../src/domain';
import type { Clock, PersonRecords, StoredCycle } from '../../src/data/ports';

interface Person {
  upn: string;
  id: string;
  displayName: string;
}

const at = (date: string): Clock => ({ today: () => date as IsoDate, now: () => `${date}T15:30:00Z` as IsoInstant });

function planningFor(firstName: string, cycleEnd: string): CycleDocument {
  const target = `${cycleEnd.slice(0, 4)}-03-13` as IsoDate;
  return {
    objectives: [
      {
        ...newObjective(objectiveId(`${firstName}-o1`)),
        title: 'Lead a daily phonics catch-up group in Year 1',
        successCriteria: 'Six pupils move up at least one phase by the spring assessment.',
        agreedEvidence: "Phonics tracker, planning notes and the class teacher's feedback.",
        standardCodes: ['TA2016-3'],
        targetDate: target
      },
      {
        ...newObjective(objectiveId(`${firstName}-o2`)),
        title: "Support pupils' independence in writing",
        successCriteria: 'Pupils in the focus group start writing tasks without adult prompting.',
        agreedEvidence: 'Work samples each half-term and a short observation.',
        standardCodes: ['TA2016-4'],
        targetDate: target
      }
    ],
    developmentNeeds: [
      {
        ...newDevelopmentNeed(`${firstName}-d1`),
        need: "Confidence with the school's phonics scheme",
        agreedSupport: "Two sessions of the scheme's online training and shadowing the Year 1 teacher.",
        targetDate: `${cycleEnd.slice(0, 4)}-01-31` as IsoDate
      }
    ],
    observations: [],
    evidence: [],
    stages: {
      planning: {
        stage: 'planning',
        version: 0,
        status: 'draft',
        meetingDate: undefined,
        preparation: {
          selfReview: 'I enjoyed running the reading group last year and would like to do more phonics work.',
          agendaItems: ['Phonics training', 'Time to plan with the class teacher'],
          trainingWanted: 'Phonics scheme training'
        },
        reviewer: {
          summary: 'We agreed two objectives for the year focused on early reading and independent writing, with phonics training first.',
          feedback: '',
          jobDescriptionReview: undefined
        },
        appraiseeComments: '',
        signOffs: [],
        disagreements: [],
        agreed: []
      }
    }
  };
}

async function stored(emulator: TenantEmulator, reviewer: Person, person: PersonRecords): Promise<StoredCycle> {
  const read = await servicesAs(emulator, reviewer.upn, at('2026-05-12')).cycles.getCycle(person.person.id, person.cycles[0].cycleKey);
  if (!read.ok) throw new Error(`reading ${person.person.displayName}'s cycle failed: ${JSON.stringify(read.error)}`);
  return read.value;
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Writes the planning (and for the first person the six-monthly review) as the two people would. */
export async function seedCycleContent(
  emulator: TenantEmulator,
  reviewer: Person,
  team: readonly PersonRecords[],
  people: readonly Person[]
): Promise<void> {
  const signerOf = (p: Person): { by: ReturnType<typeof directoryId>; name: string } => ({ by: directoryId(p.id), name: p.displayName });
  const [first, second, third] = team;
  for (const record of [first, second, third].filter(Boolean)) {
    const appraisee = people.find((p) => p.id === record.person.id) as Person;
    const reviewerCycles = servicesAs(emulator, reviewer.upn, at('2026-05-12')).cycles;
    let current = await stored(emulator, reviewer, record);
    current = must(
      await saveCycleDraft(reviewerCycles, current, planningFor(appraisee.displayName.split(' ')[0], current.summary.cycle.end)),
      'saving the planning draft'
    );
    if (record === third) continue;
    current = must(
      await applyStageAction(
        reviewerCycles,
        current,
        current.document,
        'planning',
        { kind: 'share' },
        signerOf(reviewer),
        '2026-05-12T15:30:00Z' as IsoInstant
      ),
      'sharing the planning'
    );
    const theirs = servicesAs(emulator, appraisee.upn, at('2026-05-14')).cycles;
    current = must(
      await applyStageAction(
        theirs,
        current,
        current.document,
        'planning',
        { kind: 'agree' },
        signerOf(appraisee),
        '2026-05-14T08:10:00Z' as IsoInstant
      ),
      'agreeing the planning'
    );
    if (record !== first) continue;
    const interim: CycleDocument = {
      ...current.document,
      objectives: current.document.objectives.map((o, i) => ({
        ...o,
        progress: [
          {
            on: '2026-10-14' as IsoDate,
            by: i ? 'appraisee' : 'reviewer',
            text: i
              ? 'Three of the five pupils now start their writing without prompting.'
              : 'Four of the six pupils have moved up a phase; the group runs every morning.'
          }
        ]
      })),
      developmentNeeds: current.document.developmentNeeds.map((n) => ({
        ...n,
        supportGiven: 'Completed the first online session in September.'
      })),
      stages: {
        ...current.document.stages,
        interimReview: {
          stage: 'interimReview',
          version: 0,
          status: 'draft',
          meetingDate: '2026-10-15' as IsoDate,
          preparation: {
            selfReview: 'The group is going well; I would like more time to plan with the class teacher.',
            agendaItems: ['Planning time'],
            trainingWanted: ''
          },
          reviewer: {
            summary: 'Good progress on both objectives. We agreed fifteen minutes of planning time each Wednesday.',
            feedback: 'The phonics group is well organised and the pupils are keen.',
            jobDescriptionReview: undefined
          },
          appraiseeComments: '',
          signOffs: [],
          disagreements: [],
          agreed: []
        }
      }
    };
    current = must(await saveCycleDraft(reviewerCycles, current, interim), 'saving the six-monthly review');
    must(
      await applyStageAction(
        reviewerCycles,
        current,
        current.document,
        'interimReview',
        { kind: 'share' },
        signerOf(reviewer),
        '2026-10-15T15:30:00Z' as IsoInstant
      ),
      'sharing the six-monthly review'
    );
  }
}

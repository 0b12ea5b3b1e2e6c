/** The cycle document's shape on the wire (the cycle item's Payload.document), checked on every read. */
import { z } from 'zod';
import { OUTCOMES, RECORD_STATUSES, STAGES, safeLink } from '../../../domain';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);
const party = z.enum(['appraisee', 'reviewer']);
const optionalDate = date.optional();
/** A stored link, kept only when it is safe to show as one; anything else reads as '' and renders as plain text. */
const link = z.string().transform((u) => safeLink(u) ?? '');

const objective = z.object({
  id: z.string().min(1),
  title: z.string(),
  successCriteria: z.string(),
  agreedEvidence: z.string(),
  standardCodes: z.array(z.string()),
  schoolPriority: z.string(),
  targetDate: optionalDate,
  progress: z.array(z.object({ on: date, by: party, text: z.string() })),
  outcome: z.enum(OUTCOMES).optional(),
  outcomeNote: z.string(),
  carriedFrom: z.string().optional()
});

const developmentNeed = z.object({
  id: z.string().min(1),
  need: z.string(),
  agreedSupport: z.string(),
  targetDate: optionalDate,
  supportGiven: z.string(),
  status: z.enum(['open', 'met']),
  carriedFrom: z.string().optional(),
  objectiveId: z.string().optional()
});

const stageRecord = z.object({
  stage: z.enum(STAGES),
  version: z.number().int().nonnegative(),
  status: z.enum(RECORD_STATUSES),
  meetingDate: optionalDate,
  preparation: z.object({ selfReview: z.string(), agendaItems: z.array(z.string()), trainingWanted: z.string() }),
  reviewer: z.object({
    summary: z.string(),
    feedback: z.string(),
    jobDescriptionReview: z.object({ decision: z.enum(['noChange', 'changesProposed']), notes: z.string() }).optional()
  }),
  appraiseeComments: z.string(),
  signOffs: z.array(z.object({ party, by: z.string(), name: z.string(), at: instant, version: z.number().int(), fingerprint: z.string() })),
  disagreements: z.array(
    z.object({ at: instant, version: z.number().int(), text: z.string(), response: z.object({ at: instant, text: z.string() }).optional() })
  ),
  agreed: z.array(z.object({ version: z.number().int(), fingerprint: z.string(), content: z.string(), agreedAt: instant }))
});

/** A cycle document as stored. Optional values are omitted in JSON, so they read back as undefined. */
export const cycleDocumentSchema = z.object({
  objectives: z.array(objective),
  developmentNeeds: z.array(developmentNeed),
  observations: z.array(z.object({ id: z.string().min(1), on: date, observer: z.string(), focus: z.string(), feedback: z.string() })),
  evidence: z.array(
    z.object({
      id: z.string().min(1),
      objectiveId: z.string().optional(),
      kind: z.enum(['link', 'file']),
      title: z.string(),
      url: link,
      addedBy: party,
      addedOn: date
    })
  ),
  stages: z.object({ planning: stageRecord.optional(), interimReview: stageRecord.optional(), finalReview: stageRecord.optional() })
});

/** One-to-one notes as stored on a meeting item. */
export const oneToOneNotesSchema = z.object({
  agenda: z.array(z.object({ id: z.string().min(1), text: z.string(), raisedBy: party, discussed: z.boolean() })),
  goingWell: z.string(),
  appraiseeNotes: z.string(),
  sharedNotes: z.string(),
  wellbeing: z.string(),
  actions: z.array(
    z.object({
      id: z.string().min(1),
      text: z.string(),
      owner: party,
      due: optionalDate,
      done: z.boolean(),
      carriedFrom: z.string().optional()
    })
  ),
  summary: z.string(),
  heldOn: optionalDate
});

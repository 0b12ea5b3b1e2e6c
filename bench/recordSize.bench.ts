/**
 * How much of SharePoint's room the largest realistic record takes. The cycle is one JSON value in the records
 * list's `Payload` column (plain multi-line text, 63,999 characters in SharePoint Online) and travels in one REST
 * request (at most 2,097,152 bytes); see src/domain/cycle/limits.ts for the sources. Saved through the production
 * adapter over the emulator, which refuses what SharePoint refuses. Agreement state is not stored in the record: each
 * party's signature item holds its own copy of the text signed, so the largest signed text is measured on its own.
 */
import { TenantEmulator } from '../emulator/core/TenantEmulator';
import { seedTenant } from '../fixtures/tenant/school';
import { seedMidYearSchool } from '../fixtures/tenant/midYearSchool';
import personas from '../fixtures/tenant/personas.json';
import { agreementContent, RECORD_BUDGET_CHARS, SHAREPOINT_LIMITS, STAGES, withoutAgreementState, type CycleDocument } from '../src/domain';
import { servicesAs } from '../test/support/overEmulator';
import { fixedClock } from '../test/support/fixedClock';
import { AT_LIMITS, LARGEST_CYCLE, largestRecord, REALISTIC } from './largestRecord';
import type { Bench, Figure } from './types';

const ratio = (value: number, limit: number): number => Number((value / limit).toFixed(3));

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The Payload and the request body exactly as SpCycleStore.saveCycle writes them. */
function stored(document: CycleDocument): { payload: string; body: string } {
  const payload = JSON.stringify({
    v: 2,
    track: 'fullCycle',
    cycle: LARGEST_CYCLE,
    openedOn: LARGEST_CYCLE.start,
    document: withoutAgreementState(document)
  });
  return { payload, body: JSON.stringify({ Stage: 'finalReview', Payload: payload }) };
}

function figuresFor(name: string, document: CycleDocument): Figure[] {
  const { payload, body } = stored(document);
  // The largest signature item: its Payload carries the canonical text of one stage as signed.
  const signed = Math.max(
    0,
    ...STAGES.filter((st) => document.stages[st]).map((st) => JSON.stringify({ v: 1, text: agreementContent(document, st) }).length)
  );
  return [
    [`record_payload_chars_${name}`, payload.length],
    [`record_payload_ratio_to_column_limit_${name}`, ratio(payload.length, SHAREPOINT_LIMITS.multiLineTextChars)],
    [`record_payload_ratio_to_record_budget_${name}`, ratio(payload.length, RECORD_BUDGET_CHARS)],
    [`record_signature_payload_chars_max_${name}`, signed],
    [`record_signature_payload_ratio_to_column_limit_${name}`, ratio(signed, SHAREPOINT_LIMITS.multiLineTextChars)],
    [`record_request_bytes_${name}`, utf8Bytes(body)],
    [`record_request_ratio_to_body_limit_${name}`, ratio(utf8Bytes(body), SHAREPOINT_LIMITS.requestBodyBytes)]
  ];
}

/** Saves the document on a seeded record through the production adapter; 'saved' or the refusal's code. */
async function saveOutcome(document: CycleDocument): Promise<string> {
  const emulator = new TenantEmulator(seedTenant());
  await seedMidYearSchool(emulator, fixedClock('2026-11-24'));
  const emma = personas.people.find((p) => p.upn.startsWith('emma.thompson'));
  const tom = personas.people.find((p) => p.upn.startsWith('tom.hughes'));
  if (!emma || !tom) throw new Error('the seeded school has changed');
  const mine = await servicesAs(emulator, emma.upn).reader.mine(emma.id);
  const summary = mine.ok ? mine.value.record?.cycles[0] : undefined;
  if (!summary) throw new Error('Emma has no cycle record');
  const current = await servicesAs(emulator, tom.upn).cycles.getCycle(emma.id, summary.cycleKey);
  if (!current.ok) throw new Error(`reading the record failed: ${JSON.stringify(current.error)}`);
  const saved = await servicesAs(emulator, tom.upn).cycles.saveCycle(current.value, { document, stage: 'finalReview' });
  return saved.ok ? 'saved' : `refused_${saved.error.code}`;
}

export const recordSize: Bench = {
  name: 'recordSize',
  async run() {
    const realistic = largestRecord(REALISTIC);
    return [
      ...figuresFor('realistic', realistic),
      ...figuresFor('every_field_at_limit', largestRecord(AT_LIMITS)),
      ['record_save_realistic', await saveOutcome(realistic)]
    ];
  }
};

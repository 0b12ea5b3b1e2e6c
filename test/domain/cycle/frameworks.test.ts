import { EXEMPLAR_OBJECTIVES, FRAMEWORK_PACKS, packsFor, STAFF_CATEGORIES, standardTitle } from '../../../src/domain';

describe('framework packs', () => {
  it('UK-17: every item has a unique, stable code, and every pack a source and an edition', () => {
    const codes = FRAMEWORK_PACKS.flatMap((p) => p.items.map((i) => i.code));
    expect(new Set(codes).size).toBe(codes.length);
    for (const pack of FRAMEWORK_PACKS) {
      expect(pack.source).not.toBe('');
      expect(pack.edition).not.toBe('');
      for (const item of pack.items) expect(item.code.startsWith(`${pack.code}-`)).toBe(true);
    }
  });

  it('UK-17: the TA standards (June 2016) have their four themes', () => {
    const ta = FRAMEWORK_PACKS.find((p) => p.code === 'TA2016')!;
    expect(ta.edition).toBe('June 2016');
    expect(ta.items.map((i) => i.theme)).toEqual(['Personal and professional conduct', 'Knowledge and understanding', 'Teaching and learning', 'Working with others']);
  });

  it('DOMAIN §7.9: ISBL ships its six disciplines with its caveat', () => {
    const isbl = FRAMEWORK_PACKS.find((p) => p.code === 'ISBL')!;
    expect(isbl.items).toHaveLength(6);
    expect(isbl.caveat).toContain('not a basis for questioning competence or initiating capability');
    expect(isbl.source).toContain('© ISBL');
  });

  it('UK-17: packs are enabled per staff category', () => {
    expect(packsFor('learningSupport').map((p) => p.code)).toEqual(['TA2016']);
    expect(packsFor('adminAndBusiness').map((p) => p.code)).toEqual(['ISBL']);
    expect(packsFor('siteStaff')).toEqual([]);
    expect(packsFor(undefined)).toEqual([]);
  });

  it('finds an item’s heading by code', () => {
    expect(standardTitle('TA2016-3')).toBe('Supporting pupils’ learning alongside the teacher');
    expect(standardTitle('ISBL-FIN')).toBe('Finance');
    expect(standardTitle('NOPE')).toBeUndefined();
  });

  it('exemplar objectives: three or four per category, each complete', () => {
    for (const category of STAFF_CATEGORIES) {
      const list = EXEMPLAR_OBJECTIVES[category];
      expect(list.length).toBeGreaterThanOrEqual(3);
      expect(list.length).toBeLessThanOrEqual(4);
      for (const o of list) {
        expect(o.title.trim()).not.toBe('');
        expect(o.successCriteria.trim()).not.toBe('');
        expect(o.agreedEvidence.trim()).not.toBe('');
      }
    }
  });
});

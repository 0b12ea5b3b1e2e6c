import { newItemCode, newPackCode, packsFor, STAFF_CATEGORIES, standardTitle, validateFrameworkPack, type FrameworkCatalogue, type FrameworkPack } from '../../../src/domain';
import { BUILT_IN_CATALOGUE, EXEMPLAR_OBJECTIVES, FRAMEWORK_PACKS } from '../../../src/domain/cycle/frameworkPacks';

const cat = BUILT_IN_CATALOGUE;

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
    expect(ta.items.map((i) => i.theme)).toEqual([
      'Personal and professional conduct',
      'Knowledge and understanding',
      'Teaching and learning',
      'Working with others'
    ]);
  });

  it('issue 18: ships the HLTA standards, the NOS for supporting teaching and learning and the SBP competency framework', () => {
    expect(FRAMEWORK_PACKS.map((p) => p.code)).toEqual(['TA2016', 'HLTA', 'NOS-STL', 'SBP', 'ISBL']);
    for (const pack of FRAMEWORK_PACKS) expect(pack.items.length).toBeGreaterThanOrEqual(4);
  });

  it('DOMAIN §7.9: ISBL ships its six disciplines with its caveat', () => {
    const isbl = FRAMEWORK_PACKS.find((p) => p.code === 'ISBL')!;
    expect(isbl.items).toHaveLength(6);
    expect(isbl.caveat).toContain('not a basis for questioning competence or initiating capability');
    expect(isbl.source).toContain('© ISBL');
  });

  it('UK-17: packs are enabled per staff category', () => {
    expect(packsFor(cat, 'learningSupport').map((p) => p.code)).toEqual(['TA2016', 'HLTA', 'NOS-STL']);
    expect(packsFor(cat, 'pupilSupport').map((p) => p.code)).toEqual(['NOS-STL']);
    expect(packsFor(cat, 'adminAndBusiness').map((p) => p.code)).toEqual(['SBP', 'ISBL']);
    expect(packsFor(cat, 'siteStaff')).toEqual([]);
    expect(packsFor(cat, undefined)).toEqual([]);
  });

  it('issue 18: a hidden pack or item is no longer offered, but its heading is still found for objectives linked to it', () => {
    const hidden: FrameworkCatalogue = {
      ...cat,
      packs: cat.packs.map((p) =>
        p.code === 'HLTA'
          ? { ...p, hidden: true }
          : p.code === 'TA2016'
            ? { ...p, items: p.items.map((i) => ({ ...i, hidden: i.code === 'TA2016-1' })) }
            : p
      )
    };
    const offered = packsFor(hidden, 'learningSupport');
    expect(offered.map((p) => p.code)).toEqual(['TA2016', 'NOS-STL']);
    expect(offered[0].items.map((i) => i.code)).toEqual(['TA2016-2', 'TA2016-3', 'TA2016-4']);
    expect(standardTitle(hidden, 'HLTA-TL')).toBe('Leading learning with groups and whole classes');
    expect(standardTitle(hidden, 'TA2016-1')).toBe('Conduct that keeps the trust of pupils, parents and colleagues');
  });

  it('issue 18: new codes are never ones already taken, and a school pack is checked before it is saved', () => {
    expect(newPackCode(cat.packs)).toBe('SCH-1');
    expect(newPackCode([...cat.packs, { ...cat.packs[0], code: 'SCH-1' }])).toBe('SCH-2');
    const own: FrameworkPack = {
      code: 'SCH-1',
      title: 'Our values',
      source: 'Riverside Primary',
      edition: '2026',
      categories: ['siteStaff'],
      items: [{ code: 'SCH-1-1', title: 'Kindness', theme: '' }]
    };
    expect(newItemCode(own)).toBe('SCH-1-2');
    expect(newItemCode({ ...own, items: [{ code: 'SCH-1-2', title: 'x', theme: '' }] })).toBe('SCH-1-3');
    expect(validateFrameworkPack(own, cat.packs)).toEqual([]);
    expect(validateFrameworkPack({ ...own, title: ' ', categories: [], items: [] }, cat.packs)).toEqual([
      'titleMissing',
      'noCategory',
      'noStandard'
    ]);
    expect(validateFrameworkPack({ ...own, items: [{ code: 'TA2016-1', title: 'Copy', theme: '' }] }, cat.packs)).toEqual([
      'duplicateCode'
    ]);
    expect(validateFrameworkPack({ ...own, items: [{ code: 'SCH-1-1', title: '', theme: '' }] }, cat.packs)).toEqual([
      'standardTitleMissing'
    ]);
  });

  it('finds an item’s heading by code', () => {
    expect(standardTitle(cat, 'TA2016-3')).toBe('Supporting pupils’ learning alongside the teacher');
    expect(standardTitle(cat, 'ISBL-FIN')).toBe('Finance');
    expect(standardTitle(cat, 'NOPE')).toBeUndefined();
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

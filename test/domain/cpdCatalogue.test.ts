import { DEFAULT_SCHEME_SETTINGS, validateSchemeSettings } from '../../src/domain';

describe('EA-CPD: the CPD catalogue link setting', () => {
  it('is empty by default and may stay empty', () => {
    expect(DEFAULT_SCHEME_SETTINGS.cpdCatalogueUrl).toBe('');
    expect(validateSchemeSettings(DEFAULT_SCHEME_SETTINGS)).toEqual([]);
  });

  it('takes a secure https address and refuses anything else', () => {
    expect(validateSchemeSettings({ ...DEFAULT_SCHEME_SETTINGS, cpdCatalogueUrl: 'https://cpd.example.org/catalogue' })).toEqual([]);
    for (const bad of ['http://cpd.example.org', ['java', 'script:alert(1)'].join(''), 'cpd catalogue'])
      expect(validateSchemeSettings({ ...DEFAULT_SCHEME_SETTINGS, cpdCatalogueUrl: bad })).toEqual([
        { field: 'cpdCatalogueUrl', code: 'notHttps' }
      ]);
  });
});

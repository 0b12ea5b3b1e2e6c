/**
 * What whoever starts the emulator hands it: how to make a bare tenant and the named ways to fill one. The emulator
 * holds no tenant of its own (no school, no people), so that the stand-in for SharePoint never carries the product.
 */
import type { TenantState } from './state';
import type { TenantEmulator } from './TenantEmulator';

/** Fills a (freshly reset) tenant; `origin` is where the emulator is served, for seeds that list site URLs. */
export type TenantSeed = (emulator: TenantEmulator, origin: string) => Promise<void>;

/** A bare tenant, its named seeds, and the seed a new tenant file starts with. */
export interface TenantSeeds {
  /** A bare tenant: directory and an empty site (what POST /_emulator/reset returns to). */
  bare: () => TenantState;
  /** Named seeds (POST /_emulator/reset?seed=NAME). */
  seeds: Record<string, TenantSeed>;
  /** The seed a new workbench tenant is filled with (the workbench skips it when EMULATOR_BARE is set). */
  firstRun?: string;
}

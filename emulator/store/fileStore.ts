/** Persists the workbench's tenant as a JSON file under an ignored folder, so data survives restarts. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TenantState } from '../core/state';

/** Where the workbench keeps its tenant unless EMULATOR_STATE says otherwise. */
export const DEFAULT_STATE_FILE = '.emulator-state/tenant.json';

/** Reads the saved tenant, or makes a fresh one with `fresh` (the starter's bare tenant) and saves it. */
export function loadOrSeed(file: string, fresh: () => TenantState): TenantState {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as TenantState;
  const state = fresh();
  saveNow(file, state);
  return state;
}

/** Writes the tenant atomically (temp file then rename), so a crash never leaves half a file. */
export function saveNow(file: string, state: TenantState): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(state));
  renameSync(`${file}.tmp`, file);
}

/** A saver that coalesces bursts of changes into one write. */
export function debouncedSaver(file: string, delayMs: number = 250): (state: TenantState) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (state) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => saveNow(file, state), delayMs);
  };
}

/** The emulator's request log: what tests and benchmarks read to count round trips. */

/** One request as the emulator saw it. A `$batch` counts once here; its parts are listed in `batchParts`. */
export interface RequestLogEntry {
  method: string;
  /** Path and query, without the origin. */
  url: string;
  user: string | undefined;
  status: number;
  /** Number of operations inside a $batch request (0 otherwise). */
  batchParts: number;
  /** Inside a $batch: each part as it was answered, in order. */
  parts?: Array<{ method: string; url: string; status: number }>;
}

/** Append-only log with a cursor so that a test or benchmark can count what one action cost. */
export class RequestLog {
  readonly entries: RequestLogEntry[] = [];

  /** Records one request. */
  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
  }

  /** Forgets everything logged so far. */
  clear(): void {
    this.entries.length = 0;
  }

  /** The entries logged since a mark taken with `mark()`. */
  since(mark: number): RequestLogEntry[] {
    return this.entries.slice(mark);
  }

  /** A position to count from. */
  mark(): number {
    return this.entries.length;
  }
}

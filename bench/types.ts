/** What each benchmark module exports: figures as `name: value` pairs. */
export interface BenchOptions {
  /** CI's quick run: smaller sizes, fewer repetitions, same figures. */
  smoke: boolean;
}

/** One printed figure. */
export type Figure = [name: string, value: number | string];

/** A benchmark. */
export interface Bench {
  name: string;
  run(options: BenchOptions): Promise<Figure[]>;
}

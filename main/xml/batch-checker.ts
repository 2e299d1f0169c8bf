// The batch builder `convert` uses: the rule of build-checked-batch.ts (libxml2 validates every
// batch with a shape not yet certified or a value the compiled checks do not pass; the rest is
// certified by the XSD's compiled value checks), with two differences that make a small
// conversion start fast:
// - libxml2 is loaded (and the XSD compiled) only when a batch needs it, not at start-up;
// - the value rules and the certified shapes can come from, and go back to, the cache kept
//   across runs (certified-shapes-cache.ts), so a run whose shapes are all known never loads it.
// Never looser than build-checked-batch.ts: the same predicates from the same rules (the cache
// is keyed by the XSD's and the code's content), the same libxml2 verdict for everything else.
import type { Appointment, SenderInfo } from '../model/appointment.ts';
import { getAppointmentDataXsd } from './appointment-data-xsd.ts';
import type { BuildOptions } from './build-appointment-data.ts';
import {
  certifiedBatch,
  validatedBatch,
  writeWithValueChecks,
  type CheckedBatch,
  type LeafChecks,
} from './checked-writer.ts';
import { readShapeCache, shapeCacheFor, writeShapeCache, type ShapeCache } from './certified-shapes-cache.ts';
import { compileLeafRules, type LeafRules } from './leaf-checks.ts';
import type { ValidationResult } from './validate-appointment-data.ts';

export type { CheckedBatch } from './checked-writer.ts';

export class BatchChecker {
  private rules: LeafRules | undefined;
  private checks: LeafChecks | undefined;
  private validate: ((xml: string) => ValidationResult) | undefined;
  private readonly certified: Set<string>;
  private learnt = false;
  private readonly cache: ShapeCache | undefined;
  private readonly known: ReturnType<typeof readShapeCache>;

  private constructor(cache: ShapeCache | undefined) {
    this.cache = cache;
    this.known = cache ? readShapeCache(cache) : undefined;
    this.certified = new Set(this.known?.shapes);
    if (this.known) {
      this.rules = this.known.rules;
      this.checks = compileLeafRules(this.known.rules);
    }
  }

  /** A checker using `cache` (default: the one for this process, if any; `null`: none). */
  static open(cache: ShapeCache | null = shapeCacheFor(getAppointmentDataXsd()) ?? null): BatchChecker {
    return new BatchChecker(cache ?? undefined);
  }

  /** Whether libxml2 has been loaded by this checker (tests; the bench). */
  get libxml2Loaded(): boolean {
    return this.validate !== undefined;
  }

  /** Whether the cache had an entry for this XSD and code. */
  get fromCache(): boolean {
    return this.known !== undefined;
  }

  private async loadLibxml2(): Promise<void> {
    if (this.validate) return;
    const [{ appointmentDataSchema }, { validateAppointmentDataSync }] = await Promise.all([
      import('./appointment-data-schema.ts'),
      import('./validate-appointment-data.ts'),
    ]);
    const schema = appointmentDataSchema();
    if (!this.checks) {
      this.rules = schema.leafRules;
      this.checks = schema.leafChecks;
    }
    this.validate = (xml) => validateAppointmentDataSync(xml);
  }

  /** Build one batch and validate it; never throws for bad data (see buildCheckedAppointmentData). */
  async build(
    appointments: Appointment[],
    sender: SenderInfo,
    opts: BuildOptions = {},
  ): Promise<CheckedBatch> {
    if (!this.checks) await this.loadLibxml2();
    const w = writeWithValueChecks(appointments, sender, opts, this.checks!);
    const fast = certifiedBatch(w, this.certified);
    if (fast) return fast;
    await this.loadLibxml2();
    const { batch, learnt } = validatedBatch(w, this.certified, this.validate!);
    if (learnt) this.learnt = true;
    return batch;
  }

  /** Keep what this run learnt for the next one (nothing to do without a cache or news). */
  save(): void {
    if (!this.cache || !this.rules || (!this.learnt && this.known)) return;
    writeShapeCache(this.cache, { rules: this.rules, shapes: [...this.certified] });
  }
}

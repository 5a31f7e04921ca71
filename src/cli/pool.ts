import { Worker } from 'node:worker_threads';
import { type Outcome, errorRecord } from './records.js';
import type { Answer, Job } from './worker.js';

/** A job sent to a worker, and its file's SHA-256 once known (for the record of a timeout or a crash). */
interface Sent {
  job: Job;
  sha256: string | null;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker, oldest first: the first is the one it is parsing. */
  jobs: Sent[];
  timer: NodeJS.Timeout | null;
}

/**
 * How many jobs a worker holds at once. With two, the next file is already in a worker's port when it finishes
 * one, so it does not wait for the main thread, which is scheduled late when every core parses (with one job
 * each, two workers on two cores idled 10–50% of a text run in a CPU profile; two each: 5% faster).
 */
export const JOBS_PER_WORKER = 2;

/**
 * Worker threads that parse files in parallel. A file that runs past the timeout, or whose worker dies (out
 * of memory), gets an error record (`timeout`, `crashed`); a fresh worker takes its place and the files queued
 * behind it.
 */
export class Pool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    size: number,
    private readonly timeoutMs: number,
    private readonly done: (id: number, outcome: Outcome) => void,
    private readonly script = new URL('./worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // A smaller young generation than V8's default: each file's garbage is short-lived, and two workers on two
    // cores keep a 2,000-file text run under 250 MB (280 MB before) for about 3% more time (npm run bench).
    const worker = new Worker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    const slot: Slot = { worker, jobs: [], timer: null };
    slot.worker.on('message', (m: Answer) => ('line' in m ? this.finish(slot, m) : this.hashed(slot, m)));
    slot.worker.on('error', (e) => this.fail(slot, 'crashed', `The worker parsing this file died: ${e.message}`));
    slot.worker.on('exit', (code) => this.fail(slot, 'crashed', `The worker parsing this file exited (code ${code}).`));
    return slot;
  }

  /** Queues a job; it goes to the least busy worker with room, or waits for one. */
  run(job: Job): void {
    if (this.closed) return;
    const slot = this.roomiest();
    if (slot) this.give(slot, job);
    else this.waiting.push(job);
  }

  private roomiest(): Slot | null {
    let slot: Slot | null = null;
    for (const s of this.slots) if (s.jobs.length < JOBS_PER_WORKER && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
    return slot;
  }

  get busy(): number {
    return this.slots.reduce((n, s) => n + s.jobs.length, this.waiting.length);
  }

  /** Resolves as soon as fewer than `limit` jobs are running or queued: the reader waits here, not on a timer. */
  async room(limit: number): Promise<void> {
    while (this.busy >= limit) await new Promise<void>((resolve) => (this.wake = resolve));
  }

  /** Sends a copy of any bytes, not the bytes: if the worker dies, the jobs behind the failed one go to the next. */
  private give(slot: Slot, job: Job): void {
    slot.jobs.push({ job, sha256: job.read?.sha256 ?? null });
    slot.worker.postMessage(job);
    if (slot.jobs.length === 1) this.arm(slot);
  }

  /** Times the job the worker is on now; it started when the one before it ended. */
  private arm(slot: Slot): void {
    slot.timer = setTimeout(() => this.fail(slot, 'timeout', `Parsing took longer than ${this.timeoutMs / 1000} s.`), this.timeoutMs);
  }

  private hashed(slot: Slot, { id, sha256 }: { id: number; sha256: string }): void {
    if (slot.jobs[0]?.job.id === id) slot.jobs[0].sha256 = sha256;
  }

  private finish(slot: Slot, { id, line, error }: { id: number } & Outcome): void {
    if (slot.jobs[0]?.job.id !== id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs.shift();
    if (slot.jobs.length) this.arm(slot);
    this.done(id, { line, error });
    this.refill();
  }

  private fail(slot: Slot, code: 'timeout' | 'crashed', message: string): void {
    const [sent, ...behind] = slot.jobs;
    if (!sent || this.closed) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs = [];
    void slot.worker.terminate();
    this.slots[this.slots.indexOf(slot)] = this.spawn();
    this.done(sent.job.id, errorRecord(sent.job.file, sent.sha256, code, message, sent.job.pretty));
    this.waiting.unshift(...behind.map((b) => b.job));
    this.refill();
  }

  /** Hands waiting jobs, in order, to workers with room; then lets the reader read on. */
  private refill(): void {
    for (let slot = this.roomiest(); slot && this.waiting.length; slot = this.roomiest()) this.give(slot, this.waiting.shift()!);
    this.wakeReader();
  }

  private wakeReader(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /**
   * Stops every worker. Jobs still queued or running are dropped without a record (an interrupted run parses them
   * again on --resume), and a worker's exit is then no crash.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.jobs = [];
    }
    this.wakeReader();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

import { basename } from 'node:path';

/** How a run stopped by a signal exits: 128 + the signal's number, as shells report it. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/**
 * Calls `stop` on the first SIGINT or SIGTERM, for an orderly stop; a second one exits at once, for a user who
 * will not wait (what is written stays resumable: --resume drops a torn last line).
 */
export function onStopSignal(stop: (signal: StopSignal) => void): void {
  let caught = false;
  for (const signal of Object.keys(SIGNAL_EXIT) as StopSignal[]) {
    process.on(signal, () => {
      if (caught) process.exit(SIGNAL_EXIT[signal]);
      caught = true;
      stop(signal);
    });
  }
}

const quote = (arg: string): string => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/** The command line that continues this run, for a POSIX shell in the same folder: as typed, plus --resume. */
export function resumeCommand(argv: readonly string[]): string {
  const script = process.argv[1] ?? 'pressparse';
  // Through the installed bin it is `pressparse`; run as a script file it needs node in front.
  const program = basename(script) === 'pressparse' ? 'pressparse' : `${quote(process.execPath)} ${quote(script)}`;
  return [program, ...argv.map(quote), ...(argv.includes('--resume') ? [] : ['--resume'])].join(' ');
}

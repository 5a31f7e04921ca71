import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resumeCommand } from './interrupt.js';

describe('resumeCommand', () => {
  it('quotes each argument so that a POSIX shell gives it back unchanged, and adds --resume once', () => {
    const argv = ['my releases/', '--out', "it's $HOME.jsonl", '--shard', '1/2', '*.txt'];
    const command = resumeCommand(argv);
    expect(command.endsWith(' --resume')).toBe(true);
    // The shell echoes the command's arguments one per line, printf standing in for the program.
    const program = resumeCommand([]).slice(0, -' --resume'.length);
    const args = command.slice(program.length);
    const echoed = spawnSync('sh', ['-c', `printf '%s\\n'${args}`], { encoding: 'utf8' }).stdout;
    expect(echoed).toBe(`${[...argv, '--resume'].join('\n')}\n`);
    expect(resumeCommand([...argv, '--resume']).match(/--resume/g)).toHaveLength(1);
  });
});

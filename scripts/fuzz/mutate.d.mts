export interface Rng { next(): number; int(n: number): number; pick<T>(list: readonly T[]): T }
export interface SeedFile { name: string; bytes: Uint8Array }
export interface FuzzCase { index?: number; seedFile: string; format: string; ops: string[]; bytes: Uint8Array }
export function rng(seed: number): Rng;
export function formatOf(name: string): string;
export function fuzzCase(seeds: readonly SeedFile[], seed: number, index: number): FuzzCase & { index: number };
export function truncations(file: SeedFile): Generator<FuzzCase>;
export function billionLaughs(xml: string, levels?: number): string;
export function externalEntity(xml: string, url?: string): string;

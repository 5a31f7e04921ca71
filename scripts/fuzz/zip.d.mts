export interface ZipEntry { name: string; data: Uint8Array }
export function readZip(bytes: Uint8Array): ZipEntry[];
export function writeZip(entries: ZipEntry[]): Uint8Array;
export function replaceEntry(bytes: Uint8Array, name: string, change: (data: Uint8Array) => Uint8Array): Uint8Array;

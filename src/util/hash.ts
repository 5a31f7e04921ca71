import { createHash } from 'node:crypto';

/** The hex SHA-256 of a file's bytes: `source.sha256`, and what `--resume` recognizes inputs by. */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

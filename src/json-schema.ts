import { z } from 'zod';
import { PressReleaseSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a parsed release, as zod produces it. Also shipped as `pressparse/schema.json`.
 * @example
 * import { pressReleaseJsonSchema } from 'pressparse';
 * const schema = pressReleaseJsonSchema(); // hand it to any JSON Schema validator
 */
export const pressReleaseJsonSchema = (): Record<string, unknown> => z.toJSONSchema(PressReleaseSchema) as Record<string, unknown>;

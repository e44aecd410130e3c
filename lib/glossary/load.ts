import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { GlossaryError, validateGlossary } from './validate';
import type { Glossary } from './schema';

export const GLOSSARY_ROOT = path.join(process.cwd(), 'glossary');

const cache = new Map<string, Glossary>();

/**
 * Reads and validates every `glossary/*.yaml`, once per process. Warnings go to the build log.
 * e.g. loadGlossary(root, articleTexts).byId.get('infiniband')?.english → 'InfiniBand'
 */
export function loadGlossary(root: string = GLOSSARY_ROOT, corpus: string[] = []): Glossary {
  const cached = cache.get(root);
  if (cached) return cached;
  const files = readdirSync(/*turbopackIgnore: true*/ root)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const file = path.relative(process.cwd(), path.join(/*turbopackIgnore: true*/ root, name));
      try {
        return { file, data: parse(readFileSync(path.join(/*turbopackIgnore: true*/ root, name), 'utf8')) as unknown };
      } catch (error) {
        throw new GlossaryError(file, undefined, `not valid YAML (${(error as Error).message.split('\n')[0]})`);
      }
    });
  const glossary = validateGlossary(files, corpus);
  for (const warning of glossary.warnings) console.warn(`warning: ${warning}`);
  cache.set(root, glossary);
  return glossary;
}

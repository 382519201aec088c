/**
 * `npm run --silent analyze -- [FILE]`: analyses JSON Lines messages with the local engine.
 *
 * Input (FILE or standard input), one object per line: {"id", "text", "lang"?, "role"?}
 * Output, one line per valid input line:
 *   {"id", "lang", "health", "topics": [ids], "redFlags": [ids], "pii": [{"kind", "start", "end"}], "checks": [ids]}
 * A line that is not valid JSON or has no string `text` is reported on standard error with its line number;
 * the other lines are still processed and the exit status is 1. Lines are streamed (constant memory), so
 * files of any length work.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyze } from '../engine/index.ts';
import type { Language, Role } from '../engine/types.ts';

export interface StreamResult {
  readonly lines: number;
  readonly invalid: number;
}

/** One output line for one parsed input object, or an error message. */
export function analyzeLine(line: string): { output: string } | { error: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') {
    return { error: 'missing "text" (a string)' };
  }
  const { id, text, lang, role } = input as { id?: unknown; text: string; lang?: unknown; role?: unknown };
  const a = analyze({
    text,
    ...(lang === 'fr' || lang === 'en' ? { lang: lang as Language } : {}),
    ...(role === 'user' || role === 'assistant' ? { role: role as Role } : {}),
  });
  return {
    output: JSON.stringify({
      id: id ?? null,
      lang: a.lang,
      health: a.health,
      topics: a.topics.map((t) => t.topic),
      redFlags: a.redFlags.map((f) => f.category),
      pii: a.pii.map((p) => ({ kind: p.kind, start: p.start, end: p.end })),
      checks: a.checks.map((c) => c.id),
    }),
  };
}

function write(stream: Writable, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve));
}

/**
 * Streams JSON Lines from `input` to `output`, errors to `errors`; honours back-pressure so memory stays flat.
 *
 * @example await analyzeStream(process.stdin, process.stdout, process.stderr)
 */
export async function analyzeStream(input: Readable, output: Writable, errors: Writable): Promise<StreamResult> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  let invalid = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const result = analyzeLine(line);
    if ('error' in result) {
      invalid++;
      await write(errors, `line ${number}: ${result.error}\n`);
    } else await write(output, result.output + '\n');
  }
  return { lines: number, invalid };
}

async function main(): Promise<void> {
  // A reader that stops early (`… | head`) closes the pipe: stop quietly, like any Unix filter.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  const file = process.argv[2];
  const input = file && file !== '-' ? createReadStream(file) : process.stdin;
  const result = await analyzeStream(input, process.stdout, process.stderr);
  process.exitCode = result.invalid > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();

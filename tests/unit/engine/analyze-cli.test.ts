/**
 * The JSON Lines CLI (scripts/analyze.ts): output shape, per-line errors with line numbers, and a
 * 100 000-line generated stream processed with back-pressure (no buffering of the whole input), and a
 * reader that stops early (`| head`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeLine, analyzeStream } from '../../../scripts/analyze.ts';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

describe('analyze CLI', () => {
  it('writes the documented shape', () => {
    const result = analyzeLine(
      JSON.stringify({
        id: 'a1',
        text: 'Mon père a la bouche de travers depuis 10 minutes, appelez-moi au 06 12 34 56 78',
      }),
    );
    expect('output' in result).toBe(true);
    const out = JSON.parse((result as { output: string }).output);
    expect(Object.keys(out)).toEqual(['id', 'lang', 'health', 'topics', 'redFlags', 'pii', 'checks']);
    expect(out.id).toBe('a1');
    expect(out.lang).toBe('fr');
    expect(out.health).toBe(true);
    expect(out.redFlags).toContain('stroke');
    expect(out.pii[0]).toMatchObject({ kind: 'phone' });
  });

  it('reports invalid lines with their number and keeps going', async () => {
    const input = Readable.from([
      '{"id":1,"text":"J\'ai mal au ventre"}\n',
      'not json\n',
      '{"id":3}\n',
      '{"id":4,"text":"hello"}\n',
    ]);
    const out = new Collect();
    const err = new Collect();
    const result = await analyzeStream(input, out, err);
    expect(result.invalid).toBe(2);
    expect(err.text).toContain('line 2:');
    expect(err.text).toContain('line 3:');
    expect(
      out.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 4]);
  });

  it('streams 100 000 generated lines', { timeout: 120_000 }, async () => {
    const total = 100_000;
    const samples = ["J'ai de la fièvre depuis hier", 'My chest hurts', 'Quelle heure est-il ?', 'pas de douleur'];
    function* lines(): Generator<string> {
      for (let i = 0; i < total; i++) yield JSON.stringify({ id: i, text: samples[i % samples.length] }) + '\n';
    }
    let count = 0;
    let lastId = -1;
    let partial = '';
    const out = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        for (const part of parts) {
          count++;
          lastId = JSON.parse(part).id;
        }
        done();
      },
    });
    const result = await analyzeStream(Readable.from(lines()), out, new Collect());
    expect(result).toEqual({ lines: total, invalid: 0 });
    expect(count).toBe(total);
    expect(lastId).toBe(total - 1);
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', { timeout: 60_000 }, async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/analyze.ts')], { cwd: root });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    // The first output line arrives, then the reader goes away while thousands more are being written.
    child.stdout.once('data', () => child.stdout.destroy());
    const line = JSON.stringify({ id: 'x', text: "J'ai mal à la tête depuis ce matin." });
    child.stdin.on('error', () => undefined);
    child.stdin.end(Array.from({ length: 20_000 }, () => line).join('\n'));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(errors).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});

/**
 * The engine and the benchmark's measurements, bundled into one script for a Chromium page (see in-chromium.ts).
 */
import { analyze } from '../../engine/index.ts';
import { measureAll, type RuntimeResult } from './measure.ts';

declare global {
  var benchEngine: (batch: readonly string[]) => RuntimeResult;
}

globalThis.benchEngine = (batch) => measureAll(analyze, { now: () => performance.now() }, batch);

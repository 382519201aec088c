/**
 * Public entry point of the local analysis engine. Pure TypeScript: no DOM, no browser, no network.
 *
 * @example
 * import { analyze } from '../engine/index.ts';
 * analyze({ text: "J'ai du mal à respirer depuis ce matin" }).redFlags; // [{ category: 'breathing', … }]
 */
export { analyze } from './analyze.ts';
export { missedEmergency } from './checks.ts';
export { detectLanguage } from './detect-language.ts';
export * from './types.ts';

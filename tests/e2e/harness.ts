/**
 * End-to-end harness: see scripts/extension-session.ts (shared with the demo and the benchmarks).
 *
 *   const ext = await launchExtension({ pages: { 'https://chatgpt.com/c/abc': html } });
 *   const page = await ext.openPage('https://chatgpt.com/c/abc');
 *   await ext.close(); // throws if anything tried to leave the browser
 */
export { launchExtension, type ExtensionUnderTest, type LaunchExtensionOptions } from '../../scripts/extension-session';
export { NetworkGuard, type Violation } from '../../scripts/network-guard';

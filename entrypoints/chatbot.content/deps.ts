/** The personal-data detector and site readers the content script runs on (one place to swap them in tests or benches). */
export { findPii } from '../../engine/pii/index';
export { adapterForUrl, GENERIC_ADAPTER } from '../../sites/registry';

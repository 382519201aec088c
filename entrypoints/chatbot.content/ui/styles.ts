/** The shadow root's stylesheet: the page's CSS cannot reach in, ours cannot leak out. */
export const STYLES = `
:host { all: initial; }
.layer { position: fixed; z-index: 2147483646; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; --bg: #ffffff; --fg: #1b1b1b; --muted: #4a4a4a; --line: #c9c9c9; --accent: #b3261e;
  --accent-bg: #fdf0ef; --button: #f2f2f2; --focus: #1a5fb4; }
@media (prefers-color-scheme: dark) {
  .layer { color: #f2f2f2; --bg: #1f1f1f; --fg: #f2f2f2; --muted: #c8c8c8; --line: #555; --accent: #ff8a80;
    --accent-bg: #3a1f1d; --button: #333; --focus: #8ab4f8; }
}
[hidden] { display: none !important; }
.box { box-sizing: border-box; background: var(--bg); color: var(--fg); border: 1px solid var(--line);
  border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.18); padding: 12px 14px; }
.banner { border-left: 5px solid var(--accent); max-height: calc(100vh - 24px); overflow: auto; }
.banner h2 { margin: 0 0 6px; font-size: 16px; color: var(--accent); padding-right: 28px; }
.banner p { margin: 0 0 8px; }
.banner ul { margin: 0 0 8px; padding-left: 18px; }
.missed { background: var(--accent-bg); border-radius: 6px; padding: 6px 8px; font-weight: 600; }
.contacts { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; padding: 0; list-style: none; }
.contacts a { display: inline-block; padding: 4px 10px; border-radius: 999px; background: var(--accent); color: var(--bg);
  font-weight: 700; text-decoration: none; }
.contacts small { display: block; font-size: 12px; color: var(--muted); }
details { margin: 0 0 8px; } details a { color: var(--fg); }
button { font: inherit; color: var(--fg); background: var(--button); border: 1px solid var(--line); border-radius: 6px;
  padding: 4px 10px; cursor: pointer; }
.close { position: absolute; top: 8px; right: 8px; padding: 0 8px; font-size: 18px; line-height: 26px; }
a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.pill { border-radius: 999px; padding: 6px 12px; font-size: 13px; background: var(--bg); box-shadow: 0 2px 8px rgba(0,0,0,.15); }
.guard { border-left: 5px solid #b26a00; }
.guard p { margin: 0 0 6px; }
.guard .hint { font-size: 12px; color: var(--muted); }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .box, .pill { animation: appear .18s ease-out; }
  @keyframes appear { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
}
`;

// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTabConversations, type TabConversations } from '../../../core/conversation/tab-conversations';
import type { TabState, ToBackground, TurnsMessage } from '../../../core/protocol';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import type { Analysis, PiiFinding } from '../../../engine/types';
import type { SiteAdapter, Turn } from '../../../sites/types';
import { createOrchestrator, type OrchestratorOptions } from '../../../entrypoints/chatbot.content/orchestrator';
import type { Transport } from '../../../entrypoints/chatbot.content/turn-sync';
import { EMPTY_ANALYSIS, type AnalyzeFn } from '../../../core/conversation/turn-analyzer';
import { ROOT_ID } from '../../../entrypoints/chatbot.content/ui/root';
import { FakeScheduler } from './fake-scheduler';

/** Stand-in engine: "poitrine" → cardiac; "médicament" → health; answers without "15" after a red flag → missed. */
const analyze: AnalyzeFn = ({ text, role, previousUser }) => {
  const at = text.indexOf('poitrine');
  const health = at >= 0 || text.includes('médicament');
  const redFlags: Analysis['redFlags'] =
    at >= 0 && role === 'user' ? [{ category: 'cardiac', start: at, end: at + 8 }] : [];
  const missed = role === 'assistant' && (previousUser?.redFlags.length ?? 0) > 0 && !text.includes('15');
  return { ...EMPTY_ANALYSIS, health, redFlags, checks: missed ? [{ id: 'missed_emergency' }] : [] };
};

/** Stand-in for the background's privacy reader: French phone numbers written in pairs. */
let piiPrompts: string[];
const findPii = async (text: string): Promise<PiiFinding[]> => {
  piiPrompts.push(text);
  return [...text.matchAll(/0\d(?: \d\d){4}/g)].map((m) => ({
    kind: 'phone',
    start: m.index,
    end: m.index + m[0].length,
  }));
};

/** Reads `<div data-turn=key data-role=… data-complete>` elements from #thread. */
const adapter: SiteAdapter = {
  id: 'chatgpt',
  isConversationPage: () => true,
  observeRoot: (doc) => doc.getElementById('thread'),
  readTurns: (doc): Turn[] =>
    [...doc.querySelectorAll<HTMLElement>('#thread [data-turn]')].map((el) => ({
      key: el.dataset.turn!,
      role: el.dataset.role as Turn['role'],
      text: el.textContent ?? '',
      complete: el.dataset.complete !== 'false',
    })),
  composer: (doc) => {
    const element = doc.querySelector<HTMLElement>('#prompt');
    return element ? { element, kind: 'textarea' } : null;
  },
  conversationId: (url) => /\/c\/([^/]+)/.exec(url.pathname)?.[1] ?? null,
};

const generic: SiteAdapter = {
  ...adapter,
  id: 'generic',
  observeRoot: (doc) => doc.body,
  readTurns: (doc) =>
    [...doc.querySelectorAll<HTMLElement>('.message')].map((el, i) => ({
      key: `g${i}`,
      role: i % 2 ? 'assistant' : 'user',
      text: el.textContent ?? '',
      complete: true,
    })),
};

function addTurn(key: string, role: Turn['role'], text: string, complete = true): HTMLElement {
  const el = document.createElement('div');
  el.dataset.turn = key;
  el.dataset.role = role;
  el.dataset.complete = String(complete);
  el.textContent = text;
  document.getElementById('thread')!.append(el);
  return el;
}

let scheduler: FakeScheduler;
let sent: ToBackground[];
/** The background's side, in process: the real per-tab analysis with the stand-in engine. */
let background: TabConversations;
let analysed: number;
let turnMessages: TurnsMessage[];
let states: TabState[];

const transport: Transport = async (message) => {
  turnMessages.push(message);
  const { reply, state } = background.receive(1, structuredClone(message));
  if (state) states.push(state);
  return reply;
};

/** A started orchestrator on the test page, with the stand-ins above unless `overrides` replaces some. */
function start(overrides: Partial<OrchestratorOptions> = {}) {
  const orchestrator = createOrchestrator({
    doc: document,
    site: 'chatgpt',
    url: 'https://chatgpt.com/c/one',
    adapter,
    generic,
    transport,
    findPii,
    scheduler,
    send: (message) => sent.push(message),
    settings: DEFAULT_SETTINGS,
    browserLanguages: ['fr-FR'],
    ...overrides,
  });
  orchestrator.start();
  return orchestrator;
}

/** Lets the background's replies (promises) arrive. */
async function settle() {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Lets MutationObserver callbacks (microtasks) run, then one frame, then the background's reply. */
async function nextFrame() {
  await Promise.resolve();
  scheduler.frame();
  await settle();
}

const lastState = () => states.at(-1);
const shadow = () => document.getElementById(ROOT_ID)?.shadowRoot ?? null;

beforeEach(() => {
  scheduler = new FakeScheduler();
  piiPrompts = [];
  sent = [];
  analysed = 0;
  turnMessages = [];
  states = [];
  background = createTabConversations((input) => {
    analysed += 1;
    return analyze(input);
  });
  document.body.innerHTML = '<main><div id="thread"></div></main><textarea id="prompt"></textarea>';
});
afterEach(() => document.getElementById(ROOT_ID)?.remove());

describe('orchestrator', () => {
  it('reports a red flag, shows the banner and announces it once', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Mon père a mal à la poitrine');
    await nextFrame();
    expect(lastState()).toMatchObject({ redFlags: [{ category: 'cardiac', source: 'user' }], health: true });
    expect(lastState()!.redFlags[0]!.evidence.length).toBeLessThanOrEqual(80);
    expect(shadow()!.querySelector('section.banner')!.textContent).toContain('Appelez le 15');
    expect(shadow()!.querySelector('[aria-live="assertive"]')!.textContent).toContain('urgence cardiaque');
    orchestrator.stop();
    expect(document.getElementById(ROOT_ID)).toBeNull();
  });

  it('processes a burst of mutations once per frame and re-reads only changed turns', async () => {
    const orchestrator = start();
    const spy = vi.spyOn(adapter, 'readTurns');
    for (let i = 0; i < 50; i += 1) addTurn(`t${i}`, i % 2 ? 'assistant' : 'user', `message ${i}`);
    await nextFrame();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(analysed).toBe(50);
    expect(orchestrator.stats.sent).toBe(50);
    addTurn('t50', 'user', 'encore');
    await nextFrame();
    expect(analysed).toBe(51);
    // Only the new turn's text crossed to the background; the others were named by key.
    expect(turnMessages.at(-1)).toMatchObject({ full: false, changed: [{ key: 't50', text: 'encore' }] });
    expect(turnMessages.at(-1)).toMatchObject({ keysAround: { before: [], after: ['t50'] } });
    orchestrator.stop();
  });

  it('shows the missed-emergency notice once the streamed answer completes, with throttled analysis', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'douleur dans la poitrine');
    const answer = addTurn('a1', 'assistant', '', false);
    await nextFrame();
    for (let i = 0; i < 100; i += 1) {
      answer.textContent += 'Reposez-vous ';
      scheduler.advance(10);
      await nextFrame();
    }
    expect(analysed).toBeLessThan(30);
    expect(orchestrator.stats.sent).toBeLessThan(30);
    expect(lastState()!.missedEmergency).toBe(false);
    answer.dataset.complete = 'true';
    await Promise.resolve();
    scheduler.advance(250); // while an answer streams, reads happen at most every 250 ms
    await nextFrame();
    expect(lastState()!.missedEmergency).toBe(true);
    expect(shadow()!.querySelector('.missed')).not.toBeNull();
    orchestrator.stop();
  });

  it('keeps the state on "/" → "/c/<id>" and resets it for another conversation', async () => {
    const orchestrator = start({ url: 'https://chatgpt.com/' });
    addTurn('u1', 'user', 'mal à la poitrine');
    await nextFrame();
    orchestrator.locationChanged('https://chatgpt.com/c/new');
    await settle();
    expect(lastState()).toMatchObject({ conversationId: 'new', redFlags: [{ category: 'cardiac' }] });
    orchestrator.locationChanged('https://chatgpt.com/c/other');
    await settle();
    expect(lastState()).toMatchObject({ conversationId: 'other', redFlags: [], health: false });
    // The old turns are still on screen for a moment: they must not come back into the new conversation.
    await nextFrame();
    expect(lastState()!.redFlags).toEqual([]);
    document.getElementById('thread')!.replaceChildren();
    addTurn('x1', 'user', 'Quel médicament pour dormir ?');
    await nextFrame();
    expect(lastState()).toMatchObject({ conversationId: 'other', health: true, redFlags: [] });
    expect(shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!.hidden).toBe(true);
    orchestrator.stop();
  });

  it('comes back for a new category after a dismiss, not for the same one', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'poitrine');
    await nextFrame();
    shadow()!.querySelector<HTMLButtonElement>('button.close')!.click();
    const layer = () => shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!;
    expect(layer().hidden).toBe(true);
    addTurn('u2', 'user', 'encore la poitrine');
    await nextFrame();
    expect(layer().hidden).toBe(true);
    orchestrator.stop();
  });

  it('shows the health indicator, which asks the background to open the panel', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Quel médicament pour dormir ?');
    await nextFrame();
    const pill = shadow()!.querySelector<HTMLButtonElement>('button.pill')!;
    expect(pill.parentElement!.hidden).toBe(false);
    pill.click();
    expect(sent.at(-1)).toEqual({ type: 'open-panel' });
    orchestrator.stop();
  });

  it('shows nothing for a non-health conversation', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'Une recette de crêpes ?');
    addTurn('a1', 'assistant', 'Farine, œufs, lait.');
    await nextFrame();
    expect(lastState()).toMatchObject({ health: false, redFlags: [], topics: [] });
    expect(document.getElementById(ROOT_ID)).toBeNull();
    orchestrator.stop();
  });

  it('switches to the generic reader and reports a degraded reader when the adapter reads nothing', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="message">poitrine</div><div class="message">ok</div>');
    const orchestrator = start();
    await nextFrame();
    scheduler.advance(3000);
    await nextFrame();
    expect(lastState()).toMatchObject({ readerStatus: 'degraded', redFlags: [{ category: 'cardiac' }] });
    orchestrator.stop();
  });

  it('reads nothing again while the user types in an editor inside the observed root', async () => {
    document.body.innerHTML = '<main><div id="thread"></div><div id="editor" contenteditable="true"></div></main>';
    const typing: SiteAdapter = {
      ...adapter,
      observeRoot: (doc) => doc.querySelector('main'),
      composer: (doc) => {
        const element = doc.getElementById('editor');
        return element ? { element, kind: 'contenteditable' } : null;
      },
    };
    const orchestrator = start({ adapter: typing });
    addTurn('u1', 'user', 'Bonjour');
    await nextFrame();
    const read = vi.spyOn(typing, 'readTurns');
    const editor = document.getElementById('editor')!;
    for (const typed of ['M', 'Ma', 'Ma m', 'Ma mère']) {
      editor.textContent = typed;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      await nextFrame();
    }
    expect(read).not.toHaveBeenCalled();
    // A change in the conversation itself is read as before.
    addTurn('a1', 'assistant', 'Bonjour, que puis-je faire ?');
    await nextFrame();
    expect(read).toHaveBeenCalledTimes(1);
    orchestrator.stop();
  });

  /** Types `value` into the prompt, waits for the debounce and for the background's answer. */
  async function type(prompt: HTMLTextAreaElement, value: string) {
    prompt.value = value;
    prompt.dispatchEvent(new Event('input', { bubbles: true }));
    scheduler.advance(400);
    await settle();
  }

  it('warns about personal data in the composer, masks it, and counts it without the value', async () => {
    const orchestrator = start();
    await nextFrame();
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    await type(prompt, 'Rappelez-moi au 06 12 34 56 78');
    const guard = shadow()!.querySelector('section.guard')!;
    expect(guard.textContent).toContain('téléphone');
    expect(lastState()!.piiCounts).toEqual({ phone: 1 });
    // The prompt goes to the privacy reader only: the conversation's messages and one-off messages carry the count.
    expect(piiPrompts).toEqual(['Rappelez-moi au 06 12 34 56 78']);
    expect(JSON.stringify([sent, turnMessages])).not.toContain('06 12');
    // Masking uses the findings the warning shows (same text): no new question to the background first.
    [...guard.querySelectorAll('button')].find((b) => b.textContent === 'Masquer')!.click();
    expect(prompt.value).toBe('Rappelez-moi au [TÉLÉPHONE]');
    expect(guard.parentElement!.hidden).toBe(true);
    await settle();
    expect(piiPrompts.at(-1)).toBe('Rappelez-moi au [TÉLÉPHONE]');
    expect(guard.parentElement!.hidden).toBe(true);
    expect(lastState()!.piiCounts).toEqual({});
    orchestrator.stop();
  });

  it('masks what the prompt holds now when it changed since the warning', async () => {
    const orchestrator = start();
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    await type(prompt, '06 12 34 56 78');
    const guard = shadow()!.querySelector('section.guard')!;
    prompt.value = '06 12 34 56 78 ou 07 00 00 00 00'; // typed, debounce not over yet
    [...guard.querySelectorAll('button')].find((b) => b.textContent === 'Masquer')!.click();
    await settle();
    expect(prompt.value).toBe('[TÉLÉPHONE] ou [TÉLÉPHONE]');
    orchestrator.stop();
  });

  it('shows only the answer about the latest prompt, and keeps the warning when the background is away', async () => {
    let answer: (() => void) | null = null;
    let away = false;
    const slow = (text: string) =>
      away
        ? Promise.resolve(null)
        : new Promise<PiiFinding[]>((resolve) => {
            const reply = findPii(text);
            // The first question is answered late, after the second.
            if (answer === null) answer = () => void reply.then(resolve);
            else void reply.then(resolve);
          });
    const orchestrator = start({ findPii: slow });
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    await type(prompt, '06 12 34 56 78');
    await type(prompt, 'plus rien');
    (answer as unknown as () => void)();
    await settle();
    expect(shadow()?.querySelector('section.guard')?.parentElement?.hidden ?? true).toBe(true);
    await type(prompt, 'mon numéro : 07 00 00 00 00');
    const guard = shadow()!.querySelector('section.guard')!;
    expect(guard.parentElement!.hidden).toBe(false);
    away = true;
    await type(prompt, 'mon numéro : 07 00 00 00 00 !');
    expect(guard.parentElement!.hidden).toBe(false);
    orchestrator.stop();
  });

  it('"Ignorer" hides the warning until something new is typed', async () => {
    const orchestrator = start();
    const prompt = document.getElementById('prompt') as HTMLTextAreaElement;
    await type(prompt, '06 12 34 56 78');
    const guard = shadow()!.querySelector('section.guard')!;
    [...guard.querySelectorAll('button')].find((b) => b.textContent === 'Ignorer')!.click();
    expect(guard.parentElement!.hidden).toBe(true);
    await type(prompt, '06 12 34 56 78 merci');
    expect(guard.parentElement!.hidden).toBe(true);
    await type(prompt, '06 12 34 56 78 ou 07 00 00 00 00');
    expect(guard.parentElement!.hidden).toBe(false);
    orchestrator.stop();
  });

  it('reacts to settings live: alert off, guard off, site disabled', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'poitrine');
    await nextFrame();
    const layer = () => shadow()!.querySelector<HTMLElement>('section.banner')!.parentElement!;
    expect(layer().hidden).toBe(false);
    orchestrator.updateSettings({ ...DEFAULT_SETTINGS, inPageAlert: false });
    expect(layer().hidden).toBe(true);
    orchestrator.updateSettings({ ...DEFAULT_SETTINGS, disabledSites: ['chatgpt'] });
    await settle();
    expect(document.getElementById(ROOT_ID)).toBeNull();
    expect(lastState()).toMatchObject({ redFlags: [], health: false });
    addTurn('u2', 'user', 'poitrine encore');
    await nextFrame();
    expect(document.getElementById(ROOT_ID)).toBeNull();
    orchestrator.stop();
  });

  it('never throws when the adapter does', async () => {
    const broken: SiteAdapter = {
      ...adapter,
      readTurns: () => {
        throw new Error('site changed');
      },
      observeRoot: () => {
        throw new Error('site changed');
      },
    };
    const orchestrator = createOrchestrator({
      doc: document,
      site: 'chatgpt',
      url: 'not a url',
      adapter: broken,
      generic,
      transport,
      findPii,
      scheduler,
      send: (message) => sent.push(message),
      settings: DEFAULT_SETTINGS,
      browserLanguages: [],
    });
    expect(() => {
      orchestrator.start();
      orchestrator.flushNow();
      orchestrator.locationChanged('::');
      orchestrator.stop();
    }).not.toThrow();
  });
});

describe('orchestrator: first scan and the background', () => {
  it('spreads the first read over frames with the adapter text prefetch, then reads once', async () => {
    let pending = 3;
    adapter.prefetchText = (_doc, shouldStop) => {
      if (shouldStop()) return false;
      pending -= 1;
      return pending <= 0;
    };
    const read = vi.spyOn(adapter, 'readTurns');
    try {
      addTurn('u1', 'user', 'douleur dans la poitrine');
      const orchestrator = start();
      await nextFrame();
      expect(read).not.toHaveBeenCalled();
      for (let i = 0; i < 2; i += 1) {
        scheduler.advance(0);
        await nextFrame();
      }
      expect(read).toHaveBeenCalledTimes(1);
      expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
      orchestrator.stop();
    } finally {
      delete adapter.prefetchText;
    }
  });

  it('has the newest turns analysed after the first slice of a long first read, the rest after', async () => {
    let slices = 0;
    adapter.prefetchText = (_doc, shouldStop) => {
      if (shouldStop()) return false;
      slices += 1;
      return slices >= 3;
    };
    // The newest turn is read in the first slice; the older ones later.
    adapter.readNewestTurns = () => adapter.readTurns(document).slice(-1);
    try {
      addTurn('u1', 'user', 'bonjour');
      addTurn('a1', 'assistant', 'Bonjour !');
      addTurn('u2', 'user', 'douleur dans la poitrine');
      const orchestrator = start();
      await nextFrame();
      expect(turnMessages.map((m) => m.changed.map((t) => t.key))).toEqual([['u2']]);
      expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
      for (let i = 0; i < 2; i += 1) {
        scheduler.advance(0);
        await nextFrame();
      }
      // The rest of the conversation followed, once, in conversation order.
      expect(turnMessages.at(-1)).toMatchObject({ keysAround: { before: ['u1', 'a1'], after: [] } });
      expect(turnMessages.flatMap((m) => m.changed.map((t) => t.key)).sort()).toEqual(['a1', 'u1', 'u2']);
      orchestrator.stop();
    } finally {
      delete adapter.prefetchText;
      delete adapter.readNewestTurns;
    }
  });

  it('sends every turn again, unmounted ones included, after the background restarted', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'douleur dans la poitrine');
    addTurn('a1', 'assistant', 'Appelez le 15.');
    await nextFrame();
    background = createTabConversations(analyze); // a service-worker restart forgets everything
    document.querySelector('[data-turn="u1"]')!.remove(); // a virtualised list unmounted it
    addTurn('u2', 'user', 'Et maintenant ?');
    await nextFrame();
    expect(turnMessages.at(-1)).toMatchObject({ full: true, keys: ['u1', 'a1', 'u2'] });
    expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
    orchestrator.stop();
  });

  it('retries later, more slowly each time, while the background does not answer', async () => {
    let answering = false;
    const orchestrator = start({
      transport: (message) => (answering ? transport(message) : Promise.resolve(null)),
    });
    addTurn('u1', 'user', 'poitrine');
    await nextFrame();
    expect(states).toEqual([]);
    answering = true;
    scheduler.advance(1000);
    await nextFrame();
    expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
    orchestrator.stop();
  });
});

describe('orchestrator: root replaced by the site', () => {
  it('follows a message list the site re-mounts', async () => {
    const orchestrator = start();
    addTurn('u1', 'user', 'bonjour');
    await nextFrame();
    const main = document.querySelector('main')!;
    main.replaceChildren(Object.assign(document.createElement('div'), { id: 'thread' }));
    scheduler.advance(1000); // the watchdog notices the new root
    await nextFrame();
    addTurn('u2', 'user', 'douleur dans la poitrine');
    await nextFrame();
    expect(lastState()!.redFlags).toMatchObject([{ category: 'cardiac' }]);
    orchestrator.stop();
  });
});

import { useEffect, useRef, useState } from 'react';
import type { ViewId } from '../../components/routes';

/**
 * The views that are never the first thing shown on opening (the current tab view and the guidance sheet it
 * embeds are): each is its own chunk, fetched when first shown, and all of them once the panel has shown its
 * content, so switching view later does not wait.
 */
const LOADERS = {
  checklists: () => import('../../components/checklists-view'),
  numbers: () => import('../../components/numbers-view'),
  verify: () => import('../../components/verify-view'),
  questions: () => import('../../components/doctor-questions'),
} as const;

export type LazyViewId = keyof typeof LOADERS;
export type LazyViewModules = { -readonly [View in LazyViewId]?: Awaited<ReturnType<(typeof LOADERS)[View]>> };

export function isLazyView(view: ViewId): view is LazyViewId {
  return view in LOADERS;
}

/** The view modules loaded so far; loads `view`'s now, and every other one once `prefetch` is true. */
export function useLazyViews(view: ViewId, prefetch: boolean): LazyViewModules {
  const [modules, setModules] = useState<LazyViewModules>({});
  const requested = useRef(new Set<LazyViewId>());
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    const load = (id: LazyViewId) => {
      if (requested.current.has(id)) return;
      requested.current.add(id);
      void LOADERS[id]().then((module) => {
        if (mounted.current) setModules((current) => ({ ...current, [id]: module }));
      });
    };
    if (isLazyView(view)) load(view);
    if (!prefetch) return;
    // The others once the browser is idle: never in the way of the first content's paint.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200));
    idle(() => (Object.keys(LOADERS) as LazyViewId[]).forEach(load));
  }, [view, prefetch]);
  return modules;
}

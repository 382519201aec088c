// @vitest-environment jsdom
/**
 * The component tests must exercise the renderer that ships: the pages import `react`, and the build and
 * vitest.config.ts alias it to Preact (preact/compat). If the aliases stopped applying to these tests (for
 * example Testing Library loading its CommonJS build, which requires the real react-dom), every component test
 * would silently test React instead. Preact's `options.diffed` hook runs once per rendered node, only for
 * nodes Preact renders.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { options } from 'preact';
import { useId, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);

function Labelled() {
  const id = useId();
  const [count] = useState(2);
  return (
    <p>
      <label htmlFor={id}>Nombre</label>
      <input id={id} readOnly value={count} />
    </p>
  );
}

describe('component test renderer', () => {
  it('is Preact, through the same aliases as the build', () => {
    const rendered: unknown[] = [];
    const previous = options.diffed;
    options.diffed = (vnode) => {
      rendered.push(vnode.type);
      previous?.(vnode);
    };
    try {
      render(<Labelled />);
    } finally {
      options.diffed = previous;
    }
    expect(rendered).toContain(Labelled);
    // useId from preact/compat gives ids a label can point to.
    expect(screen.getByLabelText('Nombre')).toHaveProperty('value', '2');
  });
});

import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

export interface HeadingProps {
  readonly level: HeadingLevel;
  readonly id?: string;
  readonly children: ReactNode;
}

/** A heading whose level depends on where the block is shown, so the outline never skips a level. */
export function Heading({ level, id, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

export function below(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 5) as HeadingLevel;
}

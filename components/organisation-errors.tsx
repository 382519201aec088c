/** The list of problems found in a profile, each with its field path, as the validator reported them. */
import type { ProfileError } from '../core/organisation/types';

export interface OrganisationErrorsProps {
  readonly errors: readonly ProfileError[];
  /** Shown instead of an empty path (a problem with the whole file). */
  readonly wholeFileLabel: string;
}

export function OrganisationErrors({ errors, wholeFileLabel }: OrganisationErrorsProps) {
  return (
    <ul className="organisation-errors" data-testid="organisation-errors">
      {errors.map((error, index) => (
        <li key={index}>
          <code>{error.path === '' ? wholeFileLabel : error.path}</code> : {error.message}
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from "react";
import { NotEstablished } from "./not-established";

export interface Fact {
  label: string;
  value: ReactNode;
  /** Show "Not yet established" rather than leaving the fact out when it is missing. */
  expected?: boolean;
}

/** A record's facts as a description list; missing expected facts never read as blank. */
export function Facts({ facts, unknownHref }: { facts: readonly Fact[]; unknownHref?: string }) {
  const shown = facts.filter((f) => (f.value !== undefined && f.value !== null && f.value !== "") || f.expected);
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map((fact) => (
        <div key={fact.label} className="facts__row">
          <dt>{fact.label}</dt>
          <dd>
            {fact.value === undefined || fact.value === null || fact.value === "" ? (
              <NotEstablished href={unknownHref} />
            ) : (
              fact.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

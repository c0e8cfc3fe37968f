import type { ReactNode } from 'react';
import { Bi } from './Bi';

/** One row: Chinese label, English label, value; rows with no value are left out. */
export type Fact = readonly [zh: string, en: string, value: ReactNode];

/** A list of labelled facts, two columns that fit a phone. */
export function Facts({ rows, id }: { rows: readonly Fact[]; id?: string }) {
  const shown = rows.filter(([, , value]) => value !== null && value !== undefined && value !== '' && value !== false);
  return (
    <dl className="facts" id={id}>
      {shown.map(([zh, en, value]) => (
        <div className="fact" key={`${zh}/${en}`}>
          <dt>
            <Bi zh={zh} en={en} />
          </dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { Label } from '../labels';

/** A Chinese label with its English beside it (below it on a phone where the CSS says so). */
export function Bi({ zh, en }: { zh: string; en: string }) {
  return (
    <>
      {zh} <span lang="en">{en}</span>
    </>
  );
}

/** The same, from a label table entry. */
export function BiLabel({ value }: { value: Label }) {
  return <Bi zh={value[0]} en={value[1]} />;
}

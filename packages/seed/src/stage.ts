/** Where a case stands at a given instant, from the stage changes its script recorded. */
import type { CaseStage, ClosureReason } from '@hub/domain';
import type { Ms } from './clock';
import type { StageChange } from './script';

/** The latest change at or before `at`; of changes at the same instant, the one recorded last. */
export function stageAt(changes: readonly StageChange[], at: Ms): { stage: CaseStage; reason?: ClosureReason } {
  let current: StageChange | undefined;
  for (const change of changes) {
    if (change.at <= at && (!current || change.at >= current.at)) current = change;
  }
  if (!current) throw new Error('a case has no stage before the export instant');
  return current.reason ? { stage: current.stage, reason: current.reason } : { stage: current.stage };
}

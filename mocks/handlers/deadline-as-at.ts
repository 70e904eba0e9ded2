import type { CommitmentDetail, Period } from '../../src/api/schemas';
import { deadlineInForce, revisionsUpTo } from '../../src/domain/deadlines';

/** The deadline in force at the end of `period`, and the deadline history known by then. */
export function deadlineAsAt(commitment: CommitmentDetail, period: Period): Pick<CommitmentDetail, 'deadline' | 'deadlineHistory'> {
  const history = commitment.deadlineHistory;
  if (!history) return { deadline: commitment.deadline };
  return {
    deadline: deadlineInForce(commitment, period),
    deadlineHistory: { original: history.original, revisions: revisionsUpTo(history, period) },
  };
}

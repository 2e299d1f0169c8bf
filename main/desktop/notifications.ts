// Native notifications for problems: ONE per problem id while it lasts. A retry that fails again
// keeps the same id and stays quiet; once the problem is gone from the status it counts as
// resolved, and if it comes back the person hears about it again. Files held for review are
// announced once per practice, however many files wait and however the engine names the problem:
// one question for the person, one notification.
import type { EngineStatus, Problem } from '../engine/types.ts';

export interface Notifier {
  show(problem: Problem): void;
}

function announcementKey(problem: Problem): string {
  return problem.kind === 'review' ? `review\u0000${problem.practice ?? ''}` : problem.id;
}

export function createProblemNotifier(notifier: Notifier): (status: EngineStatus) => void {
  const announced = new Set<string>();
  return (status) => {
    const current = new Set(status.problems.map(announcementKey));
    for (const key of [...announced]) if (!current.has(key)) announced.delete(key);
    for (const problem of status.problems) {
      const key = announcementKey(problem);
      if (announced.has(key)) continue;
      announced.add(key);
      notifier.show(problem);
    }
  };
}

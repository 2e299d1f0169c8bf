// Native notifications for problems: ONE per problem id while it lasts. A retry that fails again
// keeps the same id and stays quiet; once the problem is gone from the status it counts as
// resolved, and if it comes back the person hears about it again.
import type { EngineStatus, Problem } from '../engine/types.ts';

export interface Notifier {
  show(problem: Problem): void;
}

export function createProblemNotifier(notifier: Notifier): (status: EngineStatus) => void {
  const announced = new Set<string>();
  return (status) => {
    const current = new Set(status.problems.map((p) => p.id));
    for (const id of [...announced]) if (!current.has(id)) announced.delete(id);
    for (const problem of status.problems) {
      if (announced.has(problem.id)) continue;
      announced.add(problem.id);
      notifier.show(problem);
    }
  };
}

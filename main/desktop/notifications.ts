// Native notifications for problems: ONE per problem id while it lasts. A retry that fails again
// keeps the same id and stays quiet; once the problem is gone from the status it counts as
// resolved, and if it comes back the person hears about it again. Files held for review are
// announced once per practice, however many files wait and however the engine names the problem:
// one question for the person, one notification.
import type { EngineStatus, Problem } from '../model/status-and-jobs.ts';

export interface Notifier {
  show(problem: Problem): void;
}

function announcementKey(problem: Problem): string {
  // By the practice's key, not its name: a rename is not a new question.
  return problem.kind === 'review'
    ? `review\u0000${problem.practiceKey ?? problem.practice ?? ''}`
    : problem.id;
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

/** What a notification says. A review is phrased here, for the front desk: the engine's own words
 *  for it may name command-line steps, which mean nothing to the person at the desk. */
export function notificationText(problem: Problem): { title: string; body: string } {
  const where = problem.practice ? `${problem.practice}: ` : '';
  if (problem.kind === 'review') {
    return {
      title: `${where}a file is waiting for you to check how it is read`,
      body: 'Nothing from it is sent until then. Open the history and press Review.',
    };
  }
  return { title: `${where}${problem.message}`, body: problem.hint };
}

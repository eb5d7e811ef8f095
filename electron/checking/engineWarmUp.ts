import type { Project } from '../../shared/model/project';
import { runCheck } from '../engine/check';
import { listTemplates, loadTemplate } from '../templates/templates';

/** How often each starter project is checked: fewer rounds leave the first check measurably slower (docs/performance.md, Start-up and first edit). */
export const warmUpRounds = 40;

/**
 * Checks the starter templates over and over in the host's idle time after it starts, one check
 * per turn of the event loop, so V8 has compiled the engine before the user opens a project:
 * the first check of a project (run as it opens) and the first edit's check otherwise pay for
 * compiling the engine, several times the check itself on a 1,000-component project. One small
 * check at a time (a few ms), so a request arriving meanwhile waits for at most one.
 * Returns a function that stops it (the host stopping). `finished` hears how many checks ran.
 */
export function warmUpEngine(projects: readonly Project[], rounds: number = warmUpRounds, finished?: (checks: number) => void): () => void {
  const total = projects.length * rounds;
  let done = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = (): void => {
    if (done >= total) {
      finished?.(done);
      return;
    }
    runCheck(projects[done % projects.length]!);
    done++;
    schedule();
  };
  const schedule = (): void => {
    timer = setTimeout(next, 0);
    // Never what keeps a process alive: a CLI or a test that is done exits at once.
    timer.unref?.();
  };
  schedule();
  return () => {
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** warmUpEngine on the app's starter templates; nothing (and no error) when they cannot be read. */
export function warmUpOnTemplates(templatesDir: string, rounds: number = warmUpRounds, finished?: (checks: number) => void): () => void {
  let projects: Project[];
  try {
    projects = listTemplates(templatesDir).map((template) => loadTemplate(templatesDir, template.id));
  } catch {
    return () => undefined;
  }
  return warmUpEngine(projects, rounds, finished);
}

import type { Scheduler } from './card.js';

/** ts-fsrs is imported only through here and only on demand: it stays off `next`'s start-up path. */
export const loadScheduler = (): Promise<Scheduler> => import('./schedule.js');

// Text for one topic in a line or a short block, shared by commands.
import type { ChalkInstance } from 'chalk';
import { formatHours } from '../core/roadmap/estimate.js';
import { pathOf, type Topic } from '../core/roadmap/types.js';
import { clean } from './sanitize.js';

/** "2.1.2 Chain Rule of Derivation" with the number bold. */
export const topicLabel = (c: ChalkInstance, t: Topic) => `${c.bold(t.number)} ${clean(t.title)}`;

/** "Mathematical Foundations › Calculus" (ancestors only). */
export const topicPath = (t: Topic, self = false) => [...pathOf(t), ...(self ? [t.title] : [])].map(clean).join(' › ');

export const estimateText = (hours: number | null) => (hours === null ? '' : `~${formatHours(hours)}`);

// What the status line says after a change, an undo, a review; or when nothing is left.
import { intervalText } from '../../core/review/card.js';
import type { Topic } from '../../core/roadmap/types.js';
import { plural } from '../../core/words.js';
import { labelOf, STATUS_WORD, type Action, type Message, type TuiState } from '../model.js';

export function nothingLeft(focus: Topic | undefined): Message {
  const where = focus ? ` in ${labelOf(focus)}, the focus (mlroad focus --clear lifts it)` : '';
  return { text: `Nothing left to study${where}: every topic is done or skipped.`, tone: 'success' };
}

export function markedMessage(a: Extract<Action, { type: 'marked' }>): Message {
  const word = STATUS_WORD[a.status];
  const label = labelOf(a.topic);
  const many = a.topic.children.length > 0;
  if (a.changed.length === 0) return { text: many ? `Every topic in ${label} is already ${word}` : `${label} is already ${word}`, tone: 'info' };
  const n = a.changed.length;
  return { text: many ? `Marked ${label} ${word} (${n} topic${n === 1 ? '' : 's'})` : `Marked ${label} ${word}`, tone: 'success' };
}

/** "↶ Undid 3 topics (2.1 Calculus): done → pending", or "Nothing to undo". */
export function undoneMessage({ plan, changed }: Extract<Action, { type: 'undone' }>): Message {
  if (!plan) return { text: 'Nothing to undo: no status change is left to revert', tone: 'info' };
  const [first] = plan.reverts;
  const same = plan.reverts.every((r) => r.from === first!.from && r.to === first!.to);
  const arrow = same ? `: ${STATUS_WORD[first!.from]} → ${STATUS_WORD[first!.to]}` : '';
  if (plan.reverts.length === 1 && changed.length === 1) return { text: `↶ Undid ${labelOf(changed[0]!)}${arrow}`, tone: 'success' };
  // Name the section when the change was exactly its leaves (`done 2.1`), else the first few topics.
  const lo = changed.reduce((m, t) => Math.min(m, t.leafStart), Infinity);
  const hi = changed.reduce((m, t) => Math.max(m, t.leafEnd), -Infinity);
  let owner = changed[0]?.parent ?? null;
  while (owner && (owner.leafStart > lo || owner.leafEnd < hi)) owner = owner.parent;
  const whole = owner && changed.length === plan.reverts.length && owner.leafEnd - owner.leafStart === changed.length;
  const names = whole
    ? labelOf(owner!)
    : changed.length
      ? changed.slice(0, 3).map(labelOf).join(', ') + (plan.reverts.length > 3 ? ', …' : '')
      : 'no longer in this roadmap';
  return { text: `↶ Undid ${plural(plan.reverts.length, 'topic')} (${names})${arrow}`, tone: 'success' };
}

export function reviewedMessage(s: TuiState, a: Extract<Action, { type: 'reviewed' }>): Message {
  const more = s.due.ids.size;
  const tail = more ? ` · ${more} more due` : '';
  return {
    text: `✓ Reviewed ${labelOf(a.topic)}: ${a.rating} → next review in ${intervalText(a.entry.interval)} (${a.entry.due.slice(0, 10)})${tail}`,
    tone: 'success',
  };
}

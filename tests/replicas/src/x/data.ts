import { DAY, HOUR, LOADED_AT, MINUTE, hash32, type ReplicaParams } from '../common/env';
import { generateComments, hostileComments, xId } from '../common/gen';
import type { ReplicaComment } from '../common/model';

export interface Conversation {
  post: ReplicaComment;
  replies: ReplicaComment[];
  /** Revealed by the "Show more replies" cell. */
  hidden: ReplicaComment[];
}

const NAMES: Record<string, string> = { brandco: 'BrandCo', jane_doe: 'Jane Doe' };
export const displayName = (h: string): string =>
  NAMES[h] ?? h.replace(/[_.]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

function at(ageMs: number): { ms: number; iso: string } {
  const ms = LOADED_AT - ageMs;
  return { ms, iso: new Date(ms).toISOString() };
}

function mk(
  ageMs: number,
  author: string,
  text: string,
  tone: ReplicaComment['tone'],
  lang = 'en',
  extra: Partial<ReplicaComment> = {},
): ReplicaComment {
  const t = at(ageMs);
  return { id: xId(t.ms), author, authorName: displayName(author), text, createdAt: t.iso, lang, tone, ...extra };
}

export function buildConversation(author: string, statusId: string, p: ReplicaParams): Conversation {
  const gen = p.n !== null;
  const postAge = gen ? 31 * DAY : 28 * HOUR;
  const post: ReplicaComment = {
    id: statusId,
    author,
    authorName: displayName(author),
    text: 'We just shipped dark mode 🌙 Tell us what you think, and what should we build next? 👇',
    createdAt: at(postAge).iso,
    lang: 'en',
    tone: 'neutral',
  };
  let replies: ReplicaComment[];
  let hidden: ReplicaComment[] = [];
  if (gen) {
    replies = generateComments({ count: p.n ?? 0, seed: hash32(statusId), makeId: xId, maxAgeMs: 30 * DAY });
  } else {
    replies = [
      mk(45 * MINUTE, 'maria_lopez', 'Finally!! Dark mode looks gorgeous 😍🌙', 'positive'),
      mk(
        3 * HOUR,
        'dmitry_k',
        'The app crashes every time I open settings since the update. Fix it please 😡',
        'negative',
      ),
      mk(130 * MINUTE, 'sofia_rossi', `Will it come to the web version too? @${author} #darkmode`, 'question'),
      mk(5 * HOUR, 'lucas_m', "Told you they'd ship it 👇", 'neutral', 'en', {
        quote: {
          author: 'techdaily',
          authorName: 'Tech Daily',
          text: `Rumor: @${author} is finally working on a dark theme`,
          createdAt: at(5 * DAY).iso,
        },
      }),
      mk(20 * HOUR, 'aiko_tanaka', '¿Cuándo llega a Android? 🙏', 'question', 'es'),
      mk(
        26 * HOUR,
        'omar_h',
        'Ordered on the 3rd, still no tracking number. Order 48213 https://example.com/help',
        'negative',
      ),
      mk(2 * MINUTE, 'emma_smith', 'first! 🎉', 'positive'),
    ];
    hidden = [
      mk(7 * HOUR, 'promo_deals99', 'Earn $5000/day from home, DM me 💰💰', 'neutral'),
      mk(9 * HOUR, 'noah_b', 'meh, light mode was fine', 'negative'),
    ];
  }
  if (p.hostile) replies = [...replies, ...hostileComments(xId)];
  return { post, replies, hidden };
}

export function buildHome(p: ReplicaParams): ReplicaComment[] {
  return generateComments({ count: p.n ?? 8, seed: 4242, makeId: xId, maxAgeMs: 2 * DAY }).reverse();
}

export type Tone = 'positive' | 'negative' | 'question' | 'neutral' | 'hostile';

/** A comment (reply) as the replica knows it. */
export interface ReplicaComment {
  id: string;
  /** Handle without '@'. */
  author: string;
  authorName: string;
  text: string;
  /** ISO 8601 UTC with ms. */
  createdAt: string;
  /** Set for replies to another comment (Instagram / TikTok reply threads, X replies to a reply). */
  parentId?: string;
  /** BCP-47-ish language of the text (generated data). */
  lang: string;
  /** What the generator meant the text to be (for sentiment tests). */
  tone: Tone;
  /** Posted by the logged-in user through the replica's composer. */
  own?: boolean;
  /** X only: a quoted post shown inside this reply. */
  quote?: { author: string; authorName: string; text: string; createdAt: string };
}

export interface Submission {
  text: string;
  account: string;
  replyTo?: string;
  at: number;
}

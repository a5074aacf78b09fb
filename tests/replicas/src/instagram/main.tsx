import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  AVATAR_SRC,
  DAY,
  HOUR,
  LOADED_AT,
  MEDIA_SRC,
  MINUTE,
  addStyle,
  hash32,
  numericUserId,
  readParams,
  setCookie,
} from '../common/env';
import { createStore, useStore } from '../common/store';
import { installBridge, postedText, registerComposer } from '../common/bridge';
import { spaLinkHandler, usePath } from '../common/router';
import { splitText } from '../common/text';
import { igRelative, igTitle } from '../common/time';
import { generateComments, hostileComments, igId } from '../common/gen';
import type { ReplicaComment, Submission } from '../common/model';
import { IG_RENAMED, IG_STRINGS } from './strings';
import { IG_CSS } from './style';

const params = readParams();
const S = { ...IG_STRINGS[params.lang], ...(params.renamed ? IG_RENAMED : {}) };

// ---------------------------------------------------------------- routes + data

type IgRoute = { kind: 'post' | 'reel'; code: string; author: string } | { kind: 'home' };

function parseRoute(path: string): IgRoute {
  const m = /^\/(?:([A-Za-z0-9_.]{1,30})\/)?(p|reel|reels)\/([A-Za-z0-9_-]+)\/?/.exec(path);
  if (m) return { kind: m[2] === 'p' ? 'post' : 'reel', code: m[3], author: m[1] ?? 'brandco' };
  return { kind: 'home' };
}

const NAMES: Record<string, string> = { brandco: 'BrandCo', jane_doe: 'Jane Doe' };

interface IgPost {
  code: string;
  author: string;
  caption: string;
  createdAt: string;
  comments: ReplicaComment[];
}

function at(ageMs: number): { ms: number; iso: string } {
  const ms = LOADED_AT - ageMs;
  return { ms, iso: new Date(ms).toISOString() };
}

function buildPost(code: string, author: string): IgPost {
  const gen = params.n !== null;
  let comments: ReplicaComment[];
  if (gen) {
    comments = generateComments({
      count: params.n ?? 0,
      seed: hash32(code),
      makeId: igId,
      replyEvery: 5,
      maxAgeMs: 30 * DAY,
      handleSep: '.',
    });
  } else {
    const mk = (
      age: number,
      a: string,
      text: string,
      tone: ReplicaComment['tone'],
      lang = 'en',
      parent?: ReplicaComment,
    ): ReplicaComment => {
      const t = at(age);
      return {
        id: igId(t.ms),
        author: a,
        authorName: NAMES[a] ?? a,
        text,
        createdAt: t.iso,
        lang,
        tone,
        ...(parent ? { parentId: parent.id } : {}),
      };
    };
    const c1 = mk(45 * MINUTE, 'maria.lopez', 'Obsessed with the green one 😍', 'positive');
    const c1r = mk(30 * MINUTE, author, '@maria.lopez thank you Maria! 💚', 'positive', 'en', c1);
    const c2 = mk(3 * HOUR, 'dmitry.k', 'Ordered two weeks ago and still nothing. Really disappointed.', 'negative');
    const c3 = mk(2 * HOUR, 'sofia_rossi', 'Do you ship to Italy?', 'question');
    const c3r = mk(90 * MINUTE, 'lucas.m', '@sofia_rossi they do, got mine in 5 days', 'neutral', 'en', c3);
    const c4 = mk(20 * HOUR, 'aiko.tanaka', '¿Tienen tallas grandes?', 'question', 'es');
    const c5 = mk(26 * HOUR, 'omar_h', '🔥🔥🔥', 'positive');
    const c6 = mk(2 * MINUTE, 'emma.smith', "Can't wait to try it!", 'positive');
    comments = [c1, c1r, c2, c3, c3r, c4, c5, c6];
  }
  if (params.hostile) comments = [...comments, ...hostileComments(igId, '.')];
  return {
    code,
    author,
    caption: 'New drop is live ✨ Which color is your favorite? #newcollection',
    createdAt: at(gen ? 31 * DAY : 28 * HOUR).iso,
    comments,
  };
}

interface IgState {
  account: string | null;
  accounts: string[];
  posts: Record<string, IgPost>;
  collapsed: Record<string, boolean>;
  liked: Record<string, boolean>;
}

const initialAccount = params.loggedOut ? null : (params.account ?? 'brandco');
const store = createStore<IgState>({
  account: initialAccount,
  accounts: initialAccount
    ? [initialAccount, initialAccount === 'brandco' ? 'jane_doe' : 'brandco']
    : ['brandco', 'jane_doe'],
  posts: {},
  collapsed: {},
  liked: {},
});
const submitted: Submission[] = [];

function getPost(code: string, author: string): IgPost {
  const have = store.get().posts[code];
  if (have) return have;
  const p = buildPost(code, author);
  store.get().posts[code] = p;
  return p;
}

function currentPost(): IgPost | null {
  const r = parseRoute(location.pathname);
  return r.kind === 'home' ? null : getPost(r.code, r.author);
}

function syncAccountSignals(account: string | null): void {
  setCookie('ds_user_id', account ? numericUserId(account, 11) : null);
  setCookie('rp_account', account);
}

function setAccount(h: string | null): void {
  store.set((s) => ({ account: h, accounts: h && !s.accounts.includes(h) ? [...s.accounts, h] : s.accounts }));
  syncAccountSignals(h);
}

/** Posts a comment (or a reply when replyTo is set) as the logged-in account. */
function submitComment(raw: string, replyTo: ReplicaComment | null): boolean {
  const account = store.get().account;
  const text = postedText(raw);
  const post = currentPost();
  if (!account || !text || !post) return false;
  submitted.push({ text, account, ...(replyTo ? { replyTo: replyTo.id } : {}), at: Date.now() });
  const now = Date.now();
  const threadId = replyTo ? (replyTo.parentId ?? replyTo.id) : undefined;
  const item: ReplicaComment = {
    id: igId(now),
    author: account,
    authorName: NAMES[account] ?? account,
    text,
    createdAt: new Date(now).toISOString(),
    lang: 'en',
    tone: 'neutral',
    own: true,
    ...(threadId ? { parentId: threadId } : {}),
  };
  let comments: ReplicaComment[];
  if (threadId) {
    // Appended at the end of that comment's reply thread.
    let last = post.comments.findIndex((c) => c.id === threadId);
    post.comments.forEach((c, i) => {
      if (c.parentId === threadId) last = i;
    });
    comments = [...post.comments];
    comments.splice(last + 1, 0, item);
  } else {
    // A new top-level comment shows first, under the caption.
    comments = [item, ...post.comments];
  }
  store.set((s) => ({
    posts: { ...s.posts, [post.code]: { ...post, comments } },
    collapsed: threadId ? { ...s.collapsed, [threadId]: false } : s.collapsed,
  }));
  return true;
}

// ---------------------------------------------------------------- bridge

const api = installBridge({
  site: 'instagram',
  params,
  submitted,
  getComments: () => currentPost()?.comments ?? [],
  getPost: () => {
    const p = currentPost();
    return p ? { id: p.code, author: p.author, text: p.caption, createdAt: p.createdAt } : null;
  },
  getAccount: () => store.get().account,
  getAccounts: () => store.get().accounts,
  setAccount,
});

syncAccountSignals(initialAccount);
{
  // Initial-HTML viewer JSON, as Instagram ships it (stale after SPA changes, like the real one).
  const s = document.createElement('script');
  s.type = 'application/json';
  s.setAttribute('data-sjs', '');
  const viewer = initialAccount
    ? {
        data: { username: initialAccount, full_name: NAMES[initialAccount] ?? initialAccount },
        id: numericUserId(initialAccount, 11),
      }
    : { data: null, id: null };
  s.textContent = JSON.stringify({
    require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { define: [['PolarisViewer', [], viewer, 0]] } }]]],
  });
  document.head.appendChild(s);
}

// ---------------------------------------------------------------- components

/** Lets a comment's Reply button prefill the (single) comment form. */
const formApi: { prefill: (target: ReplicaComment) => void } = { prefill: () => undefined };

function RichText({ text }: { text: string }): React.JSX.Element {
  return (
    <>
      {splitText(text, { emoji: false, links: true }).map((p, i) =>
        p.kind === 'mention' ? (
          <a key={i} href={`/${p.handle}/`} role="link" tabIndex={0}>
            {p.text}
          </a>
        ) : p.kind === 'hashtag' ? (
          <a key={i} href={`/explore/tags/${encodeURIComponent(p.tag)}/`} role="link" tabIndex={0}>
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function HeartButton({ id, small }: { id: string; small?: boolean }): React.JSX.Element {
  const liked = !!useStore(store).liked[id];
  return (
    <div
      role="button"
      tabIndex={0}
      className={small ? 'ri-like-small' : 'ri-icon-btn'}
      onClick={() => store.set((s) => ({ liked: { ...s.liked, [id]: !liked } }))}
    >
      <svg
        aria-label={liked ? S.unlike : S.like}
        role="img"
        viewBox="0 0 24 24"
        width={small ? 12 : 24}
        height={small ? 12 : 24}
      >
        <title>{liked ? S.unlike : S.like}</title>
        <path
          d="M12 21s-7-4.5-9.5-9A5.5 5.5 0 0 1 12 5.5 5.5 5.5 0 0 1 21.5 12C19 16.5 12 21 12 21z"
          fill={liked ? '#ff3040' : 'none'}
          stroke="currentColor"
          strokeWidth="2"
        />
      </svg>
    </div>
  );
}

function CommentRow({ c, base, thread }: { c: ReplicaComment; base: string; thread?: string }): React.JSX.Element {
  const now = Date.now();
  const href = thread ? `${base}c/${thread}/r/${c.id}/` : `${base}c/${c.id}/`;
  const likes = hash32(c.id) % 40;
  return (
    <div className="ri-row">
      <a href={`/${c.author}/`} role="link" tabIndex={0} className="ri-avatar-link">
        <img
          alt={S.profilePic(c.author)}
          src={AVATAR_SRC}
          className="ri-avatar"
          crossOrigin="anonymous"
          draggable="false"
        />
      </a>
      <div className="ri-row-main">
        <div className="ri-row-text">
          <span className="ri-username">
            <a href={`/${c.author}/`} role="link" tabIndex={0}>
              <span>{c.author}</span>
            </a>
          </span>{' '}
          <span dir="auto" className="ri-text">
            <RichText text={c.text} />
          </span>
        </div>
        <div className="ri-row-meta">
          <a href={href} role="link" tabIndex={0}>
            <time dateTime={c.createdAt} title={igTitle(c.createdAt, params.lang)}>
              {igRelative(c.createdAt, now, params.lang)}
            </time>
          </a>
          {likes > 0 && <span className="ri-meta-btn">{S.likes(likes)}</span>}
          <div role="button" tabIndex={0} className="ri-meta-btn" onClick={() => formApi.prefill(c)}>
            <span>{S.reply}</span>
          </div>
        </div>
      </div>
      <HeartButton id={c.id} small />
    </div>
  );
}

function CommentForm(): React.JSX.Element {
  const [text, setText] = useState('');
  const [replyTo, setReplyTo] = useState<ReplicaComment | null>(null);
  const textRef = useRef(text);
  textRef.current = text;
  const taRef = useRef<HTMLTextAreaElement>(null);
  const enabled = text.trim().length > 0;
  useEffect(
    () =>
      registerComposer({
        name: 'form',
        priority: 1,
        getText: () => textRef.current,
        canSubmit: () => textRef.current.trim().length > 0,
      }),
    [],
  );
  useEffect(() => {
    formApi.prefill = (target) => {
      flushSync(() => {
        setText(`@${target.author} `);
        setReplyTo(target);
      });
      const ta = taRef.current;
      if (ta) {
        ta.focus();
        ta.setSelectionRange(ta.value.length, ta.value.length);
      }
    };
  }, []);
  useLayoutEffect(() => {
    const ta = taRef.current;
    if (!ta) return;
    ta.style.height = 'auto';
    ta.style.height = `${Math.min(ta.scrollHeight, 80)}px`;
  }, [text]);
  const submit = (): void => {
    if (!textRef.current.trim()) return;
    // A reply only while the text still starts with the @mention the Reply button put there.
    const target = replyTo && textRef.current.startsWith(`@${replyTo.author}`) ? replyTo : null;
    if (submitComment(textRef.current, target)) {
      setText('');
      setReplyTo(null);
    }
  };
  return (
    <section className="ri-form-section">
      <form
        method="POST"
        className="ri-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div role="button" tabIndex={0} className="ri-icon-btn ri-emoji" aria-label={S.emoji}>
          ☺
        </div>
        <textarea
          ref={taRef}
          aria-label={S.addComment}
          placeholder={S.addComment}
          autoComplete="off"
          autoCorrect="off"
          dir=""
          maxLength={2200}
          rows={1}
          className="ri-textarea"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value) setReplyTo(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <div
          role="button"
          tabIndex={enabled ? 0 : -1}
          aria-disabled={enabled ? undefined : 'true'}
          className={enabled ? 'ri-post' : 'ri-post ri-post-disabled'}
          onClick={() => enabled && submit()}
        >
          {S.post}
        </div>
      </form>
    </section>
  );
}

function PostPage({ route }: { route: Extract<IgRoute, { kind: 'post' | 'reel' }> }): React.JSX.Element {
  const st = useStore(store);
  const post = st.posts[route.code] ?? getPost(route.code, route.author);
  const base = route.kind === 'reel' ? `/reel/${route.code}/` : `/p/${route.code}/`;
  const tops = post.comments.filter((c) => !c.parentId);
  const repliesOf = new Map<string, ReplicaComment[]>();
  for (const c of post.comments) if (c.parentId) repliesOf.set(c.parentId, [...(repliesOf.get(c.parentId) ?? []), c]);
  const now = Date.now();
  return (
    <div className="ri-post-page">
      <div>
        <article className="ri-article">
          <div className="ri-media">
            {route.kind === 'reel' ? (
              <video className="ri-media-el" muted playsInline poster={MEDIA_SRC} aria-label="Reel" />
            ) : (
              <img alt="Photo by BrandCo" src={MEDIA_SRC} className="ri-media-el" />
            )}
          </div>
          <div className="ri-side">
            <header className="ri-post-header">
              <a href={`/${post.author}/`} role="link" tabIndex={0}>
                <img alt={S.profilePic(post.author)} src={AVATAR_SRC} className="ri-avatar" />
              </a>
              <a href={`/${post.author}/`} role="link" tabIndex={0} className="ri-username">
                {post.author}
              </a>
              <span> • </span>
              <div role="button" tabIndex={0} className="ri-follow">
                {S.follow}
              </div>
              <div role="button" tabIndex={0} className="ri-more">
                <svg aria-label={S.more} role="img" viewBox="0 0 24 24" width="24" height="24">
                  <title>{S.more}</title>
                  <circle cx="6" cy="12" r="1.5" />
                  <circle cx="12" cy="12" r="1.5" />
                  <circle cx="18" cy="12" r="1.5" />
                </svg>
              </div>
            </header>
            <hr className="ri-hr" />
            <div className="ri-comments">
              <div className="ri-caption ri-row">
                <a href={`/${post.author}/`} role="link" tabIndex={0} className="ri-avatar-link">
                  <img alt={S.profilePic(post.author)} src={AVATAR_SRC} className="ri-avatar" />
                </a>
                <div className="ri-row-main">
                  <div className="ri-row-text">
                    <span className="ri-username">
                      <a href={`/${post.author}/`} role="link" tabIndex={0}>
                        {post.author}
                      </a>
                    </span>{' '}
                    <h1 dir="auto" className="ri-text ri-caption-text">
                      <RichText text={post.caption} />
                    </h1>
                  </div>
                  <div className="ri-row-meta">
                    <a href={base} role="link" tabIndex={0}>
                      <time dateTime={post.createdAt} title={igTitle(post.createdAt, params.lang)}>
                        {igRelative(post.createdAt, now, params.lang)}
                      </time>
                    </a>
                  </div>
                </div>
              </div>
              <ul className="ri-list">
                {tops.map((c) => {
                  const replies = repliesOf.get(c.id) ?? [];
                  const collapsed = st.collapsed[c.id] === true;
                  return (
                    <li key={c.id} className="ri-thread">
                      <CommentRow c={c} base={base} />
                      {replies.length > 0 && (
                        <ul className="ri-replies">
                          <li>
                            <div
                              role="button"
                              tabIndex={0}
                              className="ri-view-replies"
                              onClick={() => store.set((s) => ({ collapsed: { ...s.collapsed, [c.id]: !collapsed } }))}
                            >
                              <span className="ri-line" />
                              <span>{collapsed ? S.viewReplies(replies.length) : S.hideReplies}</span>
                            </div>
                          </li>
                          {!collapsed &&
                            replies.map((r) => (
                              <li key={r.id}>
                                <CommentRow c={r} base={base} thread={c.id} />
                              </li>
                            ))}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
              <div className="ri-load-more">
                <div role="button" tabIndex={0} className="ri-icon-btn">
                  <svg aria-label={S.loadMore} role="img" viewBox="0 0 24 24" width="24" height="24">
                    <title>{S.loadMore}</title>
                    <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
                    <path d="M12 7v10M7 12h10" stroke="currentColor" strokeWidth="2" />
                  </svg>
                </div>
              </div>
            </div>
            <section className="ri-actions">
              <HeartButton id={post.code} />
              <div role="button" tabIndex={0} className="ri-icon-btn">
                <svg aria-label={S.comment} role="img" viewBox="0 0 24 24" width="24" height="24">
                  <title>{S.comment}</title>
                  <path d="M21 12a9 9 0 1 1-3.5-7.1L21 3v9z" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </div>
              <div role="button" tabIndex={0} className="ri-icon-btn">
                <svg aria-label={S.share} role="img" viewBox="0 0 24 24" width="24" height="24">
                  <title>{S.share}</title>
                  <path d="M22 3 9 14M22 3l-7 19-4-8-8-4z" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
              </div>
            </section>
            <section className="ri-likes">
              <span>{S.likes(1000 + (hash32(post.code) % 9000))}</span>
              <div>
                <a href={base} role="link" tabIndex={0}>
                  <time dateTime={post.createdAt} title={igTitle(post.createdAt, params.lang)}>
                    {igTitle(post.createdAt, params.lang)}
                  </time>
                </a>
              </div>
            </section>
            {st.account ? (
              <CommentForm key={post.code} />
            ) : (
              <section className="ri-form-section">
                <a href="/accounts/login/" role="link">
                  {S.loginToComment}
                </a>
              </section>
            )}
          </div>
        </article>
      </div>
    </div>
  );
}

function HomePage(): React.JSX.Element {
  return (
    <div className="ri-home">
      <a href="/p/C0ffEeRpl1c/" role="link">
        <img alt="Photo by BrandCo" src={MEDIA_SRC} className="ri-media-el" />
      </a>
    </div>
  );
}

function NavLink({ href, label, icon }: { href: string; label: string; icon: string }): React.JSX.Element {
  return (
    <a href={href} role="link" tabIndex={0} className="ri-nav-link">
      <svg aria-label={label} role="img" viewBox="0 0 24 24" width="24" height="24">
        <title>{label}</title>
        <text x="3" y="18" fontSize="16">
          {icon}
        </text>
      </svg>
      <span>{label}</span>
    </a>
  );
}

function App(): React.JSX.Element {
  const path = usePath();
  const st = useStore(store);
  const route = parseRoute(path);
  useEffect(() => {
    if (route.kind === 'home') document.title = 'Instagram';
    else {
      const p = getPost(route.code, route.author);
      document.title = `${p.author} on Instagram: "${p.caption}"`;
    }
  }, [path]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    api.ready = true;
    document.documentElement.dataset.replicaReady = '1';
  }, []);
  return (
    <div onClick={spaLinkHandler}>
      <div className="ri-layout">
        <div className="ri-nav-col">
          <nav role="navigation" className="ri-nav">
            <a href="/" role="link" tabIndex={0} className="ri-logo">
              Instagram
            </a>
            <NavLink href="/" label={S.home} icon="⌂" />
            <NavLink href="/explore/search/" label={S.search} icon="⌕" />
            <NavLink href="/explore/" label={S.explore} icon="◎" />
            <NavLink href="/reels/" label={S.reels} icon="▶" />
            <NavLink href="/direct/inbox/" label={S.messages} icon="✉" />
            <NavLink href="/notifications/" label={S.notifications} icon="♡" />
            <NavLink href="/create/" label={S.create} icon="+" />
            {st.account ? (
              <a href={`/${st.account}/`} role="link" tabIndex={0} className="ri-nav-link">
                <img
                  alt={S.profilePic(st.account)}
                  src={AVATAR_SRC}
                  className="ri-avatar-nav"
                  crossOrigin="anonymous"
                  draggable="false"
                />
                <span>{S.profile}</span>
              </a>
            ) : (
              <a href="/accounts/login/" role="link" tabIndex={0} className="ri-nav-link">
                <span>{S.login}</span>
              </a>
            )}
          </nav>
        </div>
        <section className="ri-section">
          <main role="main" className="ri-main">
            {route.kind === 'home' ? <HomePage /> : <PostPage key={route.code} route={route} />}
          </main>
        </section>
      </div>
    </div>
  );
}

addStyle(IG_CSS);
document.documentElement.lang = params.lang;
createRoot(document.getElementById('mount_0_0_rp') as HTMLElement).render(<App />);

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import draftCss from 'draft-js/dist/Draft.css?inline';
import { AVATAR_SRC, EMOJI_SRC, addStyle, hash32, hashId, numericUserId, readParams, setCookie } from '../common/env';
import { createStore, useStore } from '../common/store';
import { installBridge, postedText } from '../common/bridge';
import { DraftBox, useDraftComposer } from '../common/draft';
import { navigate, spaLinkHandler, usePath } from '../common/router';
import { splitText, xWeightedLength } from '../common/text';
import { xAbsolute, xRelative } from '../common/time';
import { xId } from '../common/gen';
import type { ReplicaComment, Submission } from '../common/model';
import { X_STRINGS } from './strings';
import { buildConversation, buildHome, displayName, type Conversation } from './data';
import { X_CSS } from './style';

const params = readParams();
const S = X_STRINGS[params.lang];
const DEFAULT_OP = 'brandco';

/** data-testid values; `?layout=renamed` swaps them for opaque ones. */
function tid(name: string): string {
  return params.renamed ? `rn-${hashId(name)}` : name;
}

// ---------------------------------------------------------------- state

type XRoute = { kind: 'status'; author: string; id: string } | { kind: 'home' };

function parseRoute(path: string): XRoute {
  const m = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/.exec(path);
  if (m && m[1] !== 'i') return { kind: 'status', author: m[1], id: m[2] };
  const i = /^\/i\/(?:web\/)?status\/(\d+)/.exec(path);
  if (i) return { kind: 'status', author: DEFAULT_OP, id: i[1] };
  return { kind: 'home' };
}

interface XState {
  account: string | null;
  accounts: string[];
  convs: Record<string, Conversation>;
  home: ReplicaComment[];
  modal: { targetId: string } | null;
  menuOpen: boolean;
  toast: { id: string; author: string } | null;
  liked: Record<string, boolean>;
}

const initialAccount = params.loggedOut ? null : (params.account ?? 'brandco');
const store = createStore<XState>({
  account: initialAccount,
  accounts: initialAccount
    ? [initialAccount, initialAccount === 'brandco' ? 'jane_doe' : 'brandco']
    : ['brandco', 'jane_doe'],
  convs: {},
  home: buildHome(params),
  modal: null,
  menuOpen: false,
  toast: null,
  liked: {},
});
const submitted: Submission[] = [];

function conv(author: string, id: string): Conversation {
  const have = store.get().convs[id];
  if (have) return have;
  const c = buildConversation(author, id, params);
  store.get().convs[id] = c; // first build: no subscriber needs to know
  return c;
}

/**
 * Like X, the reply dialog is a route of its own (/compose/post) drawn over the page it was opened
 * from: the page's path travels in the history entry, and leaving the dialog goes back to it.
 */
function backgroundPath(): string | undefined {
  return (history.state as { rxBackground?: string } | null)?.rxBackground;
}

function pagePath(): string {
  return backgroundPath() ?? location.pathname;
}

function currentRoute(): XRoute {
  return parseRoute(pagePath());
}

function closeModal(extra: Partial<XState> = {}): void {
  store.set({ modal: null, ...extra });
  if (backgroundPath() !== undefined) history.back();
}

window.addEventListener('popstate', () => {
  if (backgroundPath() === undefined && store.get().modal) store.set({ modal: null });
});

function setConv(id: string, c: Conversation): void {
  store.set((s) => ({ convs: { ...s.convs, [id]: c } }));
}

function syncAccountSignals(account: string | null): void {
  setCookie('twid', account ? `u%3D${numericUserId(account, 19)}` : null);
  document.documentElement.dataset.replicaAccount = account ?? '';
}

function setAccount(h: string | null): void {
  store.set((s) => ({
    account: h,
    accounts: h && !s.accounts.includes(h) ? [...s.accounts, h] : s.accounts,
    menuOpen: false,
  }));
  syncAccountSignals(h);
}

/** All known items (focused post, replies, home posts) by id. */
function findItem(id: string): ReplicaComment | undefined {
  const s = store.get();
  for (const c of Object.values(s.convs)) {
    if (c.post.id === id) return c.post;
    const r = c.replies.find((x) => x.id === id);
    if (r) return r;
  }
  return s.home.find((x) => x.id === id);
}

function ownItem(text: string, parentId?: string): ReplicaComment {
  const now = Date.now();
  const account = store.get().account ?? '';
  return {
    id: xId(now),
    author: account,
    authorName: displayName(account),
    text,
    createdAt: new Date(now).toISOString(),
    lang: 'en',
    tone: 'neutral',
    own: true,
    ...(parentId ? { parentId } : {}),
  };
}

function showToast(item: ReplicaComment): void {
  store.set({ toast: { id: item.id, author: item.author } });
  window.setTimeout(() => {
    if (store.get().toast?.id === item.id) store.set({ toast: null });
  }, 4000);
}

/** Inline composer submit: a reply to the focused post, or a new post on /home. */
function submitInline(raw: string): void {
  const account = store.get().account;
  const text = postedText(raw);
  if (!account || !text) return;
  const route = currentRoute();
  const item = ownItem(text);
  if (route.kind === 'status') {
    const c = conv(route.author, route.id);
    submitted.push({ text, account, replyTo: c.post.id, at: Date.now() });
    setConv(route.id, { ...c, replies: [item, ...c.replies] });
  } else {
    submitted.push({ text, account, at: Date.now() });
    store.set((s) => ({ home: [item, ...s.home] }));
  }
  showToast(item);
}

/** Modal submit: a reply to that post / comment. */
function submitModal(targetId: string, raw: string): void {
  const account = store.get().account;
  const text = postedText(raw);
  if (!account || !text) return;
  submitted.push({ text, account, replyTo: targetId, at: Date.now() });
  const route = currentRoute();
  if (route.kind === 'status') {
    const c = conv(route.author, route.id);
    if (c.post.id === targetId) {
      const item = ownItem(text);
      setConv(route.id, { ...c, replies: [item, ...c.replies] });
      showToast(item);
    } else {
      const item = ownItem(text, targetId);
      const i = c.replies.findIndex((r) => r.id === targetId);
      const replies = [...c.replies];
      replies.splice(i + 1, 0, item);
      setConv(route.id, { ...c, replies });
      showToast(item);
    }
  } else {
    const item = ownItem(text, targetId);
    store.set((s) => {
      const home = [...s.home];
      home.splice(home.findIndex((r) => r.id === targetId) + 1, 0, item);
      return { home };
    });
    showToast(item);
  }
  closeModal();
}

function openReply(targetId: string): void {
  if (!store.get().account) return;
  if (backgroundPath() === undefined) history.pushState({ rxBackground: location.pathname }, '', '/compose/post');
  store.set({ modal: { targetId }, menuOpen: false });
}

function showMoreReplies(): void {
  const route = currentRoute();
  if (route.kind !== 'status') return;
  const c = conv(route.author, route.id);
  setConv(route.id, { ...c, replies: [...c.replies, ...c.hidden], hidden: [] });
}

const canPost = (t: string): boolean => t.trim().length > 0 && xWeightedLength(t.trim()) <= 280;

// ---------------------------------------------------------------- bridge + page signals

const api = installBridge({
  site: 'x',
  params,
  submitted,
  getComments: () => {
    const r = currentRoute();
    return r.kind === 'status' ? conv(r.author, r.id).replies : store.get().home;
  },
  getPost: () => {
    const r = currentRoute();
    if (r.kind !== 'status') return null;
    const p = conv(r.author, r.id).post;
    return { id: p.id, author: p.author, text: p.text, createdAt: p.createdAt };
  },
  getAccount: () => store.get().account,
  getAccounts: () => store.get().accounts,
  setAccount,
});

syncAccountSignals(initialAccount);
(window as unknown as { __INITIAL_STATE__: unknown }).__INITIAL_STATE__ = initialAccount
  ? {
      session: { user_id: numericUserId(initialAccount, 19) },
      entities: { users: { entities: { [numericUserId(initialAccount, 19)]: { screen_name: initialAccount } } } },
    }
  : { session: {}, entities: { users: { entities: {} } } };

// ---------------------------------------------------------------- components

function Avatar({ handle, link = true }: { handle: string; link?: boolean }): React.JSX.Element {
  const img = <img alt="" draggable="true" src={AVATAR_SRC} className="rx-avatar" />;
  return (
    <div data-testid={tid(`UserAvatar-Container-${handle}`)} className="rx-avatar-box">
      {link ? (
        <a href={`/${handle}`} aria-hidden="true" role="link" tabIndex={-1}>
          {img}
        </a>
      ) : (
        img
      )}
    </div>
  );
}

function TweetText({ text, lang }: { text: string; lang: string }): React.JSX.Element {
  const parts = splitText(text, { emoji: true, links: true });
  return (
    <div data-testid={tid('tweetText')} lang={lang} dir="auto" className="rx-text">
      {parts.map((p, i) => {
        switch (p.kind) {
          case 'emoji':
            return <img key={i} alt={p.text} draggable="false" src={EMOJI_SRC} className="rx-emoji" />;
          case 'mention':
            return (
              <span key={i}>
                <a dir="ltr" href={`/${p.handle}`} role="link">
                  {p.text}
                </a>
              </span>
            );
          case 'hashtag':
            return (
              <span key={i}>
                <a dir="ltr" href={`/hashtag/${encodeURIComponent(p.tag)}?src=hashtag_click`} role="link">
                  {p.text}
                </a>
              </span>
            );
          case 'url': {
            const m = /^(https?:\/\/)(.*)$/.exec(p.url);
            return (
              <a
                key={i}
                dir="ltr"
                href={`https://t.co/${hashId(p.url, 10)}`}
                rel="noopener noreferrer nofollow"
                target="_blank"
                role="link"
              >
                <span aria-hidden="true">{m?.[1]}</span>
                {m?.[2]}
              </a>
            );
          }
          default:
            return <span key={i}>{p.text}</span>;
        }
      })}
    </div>
  );
}

function replyCount(item: ReplicaComment, focused: boolean, n: number): number {
  return focused ? n : hash32(item.id) % 7;
}

interface ArticleProps {
  item: ReplicaComment;
  focused?: boolean;
  replies?: number;
  liked: boolean;
}

function Article({ item, focused = false, replies = 0, liked }: ArticleProps): React.JSX.Element {
  const now = Date.now();
  const permalink = `/${item.author}/status/${item.id}`;
  const label = xAbsolute(item.createdAt, params.lang);
  const nReplies = replyCount(item, focused, replies);
  const parent = item.parentId ? findItem(item.parentId) : undefined;
  return (
    <article
      role="article"
      tabIndex={focused ? -1 : 0}
      data-testid={tid('tweet')}
      aria-labelledby={`id__${hashId(item.id, 8)}`}
      className={focused ? 'rx-article rx-focused' : 'rx-article'}
    >
      <div className="rx-row">
        <div data-testid={tid('Tweet-User-Avatar')} className="rx-avatar-col">
          <Avatar handle={item.author} />
        </div>
        <div className="rx-body" id={`id__${hashId(item.id, 8)}`}>
          <div data-testid={tid('User-Name')} className="rx-user-name">
            <div>
              <a href={`/${item.author}`} role="link" className="rx-name">
                <span>{item.authorName}</span>
              </a>
            </div>
            <div className="rx-handle-line">
              <a href={`/${item.author}`} role="link" tabIndex={-1} className="rx-handle">
                <span>@{item.author}</span>
              </a>
              {!focused && (
                <>
                  <span aria-hidden="true" className="rx-dot">
                    ·
                  </span>
                  <a href={permalink} aria-label={label} role="link" className="rx-time">
                    <time dateTime={item.createdAt}>{xRelative(item.createdAt, now, params.lang)}</time>
                  </a>
                </>
              )}
            </div>
          </div>
          {parent && (
            <div className="rx-replying">
              {S.replyingTo}{' '}
              <a href={`/${parent.author}`} role="link">
                @{parent.author}
              </a>
            </div>
          )}
          <TweetText text={item.text} lang={item.lang} />
          {item.quote && (
            <div className="rx-quote-box">
              <div role="link" tabIndex={0} className="rx-quote">
                <div data-testid={tid('User-Name')} className="rx-user-name">
                  <div>
                    <span className="rx-name">{item.quote.authorName}</span>
                  </div>
                  <div className="rx-handle-line">
                    <span className="rx-handle">@{item.quote.author}</span>
                    <span aria-hidden="true" className="rx-dot">
                      ·
                    </span>
                    <div>
                      <time dateTime={item.quote.createdAt}>{xRelative(item.quote.createdAt, now, params.lang)}</time>
                    </div>
                  </div>
                </div>
                <TweetText text={item.quote.text} lang="en" />
              </div>
            </div>
          )}
          {focused && (
            <div className="rx-focused-time">
              <a href={permalink} aria-label={label} role="link">
                <time dateTime={item.createdAt}>{label}</time>
              </a>
            </div>
          )}
          <div role="group" aria-label={`${nReplies} replies`} className="rx-actions">
            <button
              type="button"
              data-testid={tid('reply')}
              aria-label={S.replies(nReplies)}
              className="rx-action"
              onClick={() => openReply(item.id)}
            >
              💬 <span>{nReplies || ''}</span>
            </button>
            <button type="button" data-testid={tid('retweet')} aria-label={S.repost} className="rx-action">
              🔁
            </button>
            <button
              type="button"
              data-testid={tid(liked ? 'unlike' : 'like')}
              aria-label={liked ? S.liked : S.like}
              className="rx-action"
              onClick={() => store.set((s) => ({ liked: { ...s.liked, [item.id]: !liked } }))}
            >
              {liked ? '❤️' : '♡'}
            </button>
            <button type="button" data-testid={tid('bookmark')} aria-label={S.bookmark} className="rx-action">
              🔖
            </button>
          </div>
        </div>
      </div>
    </article>
  );
}

/** The Draft.js composer X uses (inline on status pages and /home, and in the reply modal). */
function Composer({
  name,
  priority,
  placeholder,
  buttonTestId,
  buttonText,
  onSubmit,
  autoFocus,
}: {
  name: string;
  priority: number;
  placeholder: string;
  buttonTestId: string;
  buttonText: string;
  onSubmit(text: string): void;
  autoFocus?: boolean;
}): React.JSX.Element {
  const c = useDraftComposer(name, priority, canPost);
  const account = useStore(store).account ?? '';
  const submit = (): void => {
    const text = c.editorState.getCurrentContent().getPlainText('\n');
    if (!canPost(text)) return;
    onSubmit(text);
    c.clear();
  };
  useEffect(() => {
    if (autoFocus) c.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const weighted = xWeightedLength(c.text.trim());
  return (
    <div className="rx-composer">
      <div className="rx-avatar-col">
        <Avatar handle={account} link={false} />
      </div>
      <div className="rx-composer-main">
        <div data-testid={tid('tweetTextarea_0_label')} className="rx-editor-label">
          <div data-testid={tid('tweetTextarea_0RichTextInputContainer')} className="rx-editor">
            <DraftBox
              c={c}
              editorKey={`${name}${hashId(name, 3)}`}
              placeholder={placeholder}
              ariaLabel={S.postText}
              testId={tid('tweetTextarea_0')}
              submitKey="ctrl-enter"
              onSubmit={submit}
              onEscape={name === 'modal' ? () => closeModal() : undefined}
            />
          </div>
        </div>
        <div data-testid={tid('toolBar')} className="rx-toolbar">
          {weighted > 260 && (
            <span className="rx-counter" role="progressbar" aria-valuenow={weighted} aria-valuemax={280}>
              {280 - weighted}
            </span>
          )}
          <button
            type="button"
            data-testid={tid(buttonTestId)}
            disabled={!c.canSubmit}
            aria-disabled={c.canSubmit ? undefined : 'true'}
            className="rx-post-btn"
            onClick={submit}
          >
            {buttonText}
          </button>
        </div>
      </div>
    </div>
  );
}

interface Cell {
  key: string;
  node: React.ReactNode;
}

/** X's virtual list look: absolutely positioned cellInnerDiv's with translateY (every cell stays mounted). */
function Timeline({ label, cells }: { label: string; cells: Cell[] }): React.JSX.Element {
  const refs = useRef(new Map<string, HTMLDivElement>());
  const [layout, setLayout] = useState<{ offsets: Record<string, number>; total: number }>({ offsets: {}, total: 0 });
  const layoutRef = useRef(layout);
  const cellsRef = useRef(cells);
  cellsRef.current = cells;
  const measure = useCallback(() => {
    let y = 0;
    let changed = false;
    const offsets: Record<string, number> = {};
    for (const c of cellsRef.current) {
      offsets[c.key] = y;
      if (layoutRef.current.offsets[c.key] !== y) changed = true;
      y += refs.current.get(c.key)?.offsetHeight ?? 0;
    }
    if (changed || y !== layoutRef.current.total) {
      layoutRef.current = { offsets, total: y };
      setLayout(layoutRef.current);
    }
  }, []);
  useLayoutEffect(measure);
  useEffect(() => {
    const ro = new ResizeObserver(() => measure());
    for (const el of refs.current.values()) ro.observe(el);
    return () => ro.disconnect();
  }, [cells, measure]);
  return (
    <div aria-label={label}>
      <div style={{ position: 'relative', minHeight: layout.total }}>
        {cells.map((c) => (
          <div
            key={c.key}
            data-testid={tid('cellInnerDiv')}
            style={{ transform: `translateY(${layout.offsets[c.key] ?? 0}px)`, position: 'absolute', width: '100%' }}
            ref={(el) => {
              if (el) refs.current.set(c.key, el);
              else refs.current.delete(c.key);
            }}
          >
            {c.node}
          </div>
        ))}
      </div>
    </div>
  );
}

function StatusPage({ author, id }: { author: string; id: string }): React.JSX.Element {
  const st = useStore(store);
  const c = st.convs[id] ?? conv(author, id);
  const cells: Cell[] = [
    {
      key: `post-${c.post.id}`,
      node: (
        <div>
          <div>
            <Article item={c.post} focused replies={c.replies.length + c.hidden.length} liked={!!st.liked[c.post.id]} />
          </div>
        </div>
      ),
    },
  ];
  if (st.account) {
    cells.push({
      key: 'inline-composer',
      node: (
        <div data-testid={tid('inline_reply_offscreen')}>
          <Composer
            key={`inline-${id}`}
            name="inline"
            priority={1}
            placeholder={S.replyPlaceholder}
            buttonTestId="tweetButtonInline"
            buttonText={S.reply}
            onSubmit={submitInline}
          />
        </div>
      ),
    });
  }
  for (const r of c.replies) {
    cells.push({
      key: r.id,
      node: (
        <div>
          <div>
            <Article item={r} liked={!!st.liked[r.id]} />
          </div>
        </div>
      ),
    });
  }
  if (c.hidden.length) {
    const moreId = (BigInt(c.post.id) + 1n).toString();
    cells.push({
      key: 'show-more',
      node: (
        <div>
          <div>
            <div className="rx-show-more">
              <a
                href={`/i/status/${moreId}`}
                role="link"
                onClick={(e) => {
                  e.preventDefault();
                  showMoreReplies();
                }}
              >
                <div>
                  <span>{S.showMore}</span>
                </div>
              </a>
            </div>
          </div>
        </div>
      ),
    });
  }
  return (
    <section aria-labelledby="accessible-list-1" role="region">
      <h1 id="accessible-list-1" className="rx-h1">
        {S.conversation}
      </h1>
      <Timeline label={S.timelineConversation} cells={cells} />
    </section>
  );
}

function HomePage(): React.JSX.Element {
  const st = useStore(store);
  const cells: Cell[] = st.home.map((p) => ({
    key: p.id,
    node: (
      <div>
        <div>
          <Article item={p} liked={!!st.liked[p.id]} />
        </div>
      </div>
    ),
  }));
  return (
    <>
      <div className="rx-tabs" role="tablist">
        <a href="/home" role="tab" aria-selected="true">
          {S.forYou}
        </a>
      </div>
      {st.account && (
        <Composer
          key="home-composer"
          name="inline"
          priority={1}
          placeholder={S.homePlaceholder}
          buttonTestId="tweetButtonInline"
          buttonText={S.post}
          onSubmit={submitInline}
        />
      )}
      <section aria-labelledby="accessible-list-0" role="region">
        <h1 id="accessible-list-0" className="rx-h1">
          {S.home}
        </h1>
        <Timeline label={S.timelineHome} cells={cells} />
      </section>
    </>
  );
}

function ReplyModal({ targetId }: { targetId: string }): React.JSX.Element | null {
  const target = findItem(targetId);
  if (!target) return null;
  return (
    <div className="rx-mask" onMouseDown={(e) => e.target === e.currentTarget && closeModal()}>
      <div role="dialog" aria-modal="true" aria-labelledby="modal-header" className="rx-modal">
        <h2 id="modal-header" className="rx-sr">
          {S.reply}
        </h2>
        <div className="rx-modal-head">
          <button type="button" data-testid={tid('app-bar-close')} aria-label={S.close} onClick={() => closeModal()}>
            ✕
          </button>
        </div>
        <div className="rx-modal-target">
          <div className="rx-row">
            <div className="rx-avatar-col">
              <img alt="" src={AVATAR_SRC} className="rx-avatar" />
            </div>
            <div className="rx-body">
              <div>
                <span className="rx-name">{target.authorName}</span> <span className="rx-handle">@{target.author}</span>
              </div>
              <div dir="auto" className="rx-text">
                {target.text.length > 500 ? `${target.text.slice(0, 500)}…` : target.text}
              </div>
              <div className="rx-replying">
                {S.replyingTo} <span className="rx-link">@{target.author}</span>
              </div>
            </div>
          </div>
        </div>
        <Composer
          name="modal"
          priority={2}
          placeholder={S.replyPlaceholder}
          buttonTestId="tweetButton"
          buttonText={S.reply}
          onSubmit={(t) => submitModal(targetId, t)}
          autoFocus
        />
      </div>
    </div>
  );
}

function AccountMenu({ account, accounts }: { account: string; accounts: string[] }): React.JSX.Element {
  return (
    <div
      className="rx-mask rx-mask-clear"
      onMouseDown={(e) => e.target === e.currentTarget && store.set({ menuOpen: false })}
    >
      <div data-testid={tid('HoverCard')} role="menu" className="rx-menu">
        <div data-testid={tid('UserCell')} className="rx-usercell rx-current">
          <Avatar handle={account} link={false} />
          <div>
            <div className="rx-name">{displayName(account)}</div>
            <div className="rx-handle">@{account}</div>
          </div>
          <span aria-hidden="true">✓</span>
        </div>
        {accounts
          .filter((a) => a !== account)
          .map((a) => (
            <button
              key={a}
              type="button"
              data-testid={tid('UserCell')}
              aria-label={S.switchTo(a)}
              className="rx-usercell"
              onClick={() => setAccount(a)}
            >
              <Avatar handle={a} link={false} />
              <div>
                <div className="rx-name">{displayName(a)}</div>
                <div className="rx-handle">@{a}</div>
              </div>
            </button>
          ))}
        <a
          href="/i/flow/login"
          role="menuitem"
          data-testid={tid('AccountSwitcher_AddAccount_Button')}
          className="rx-menuitem"
          onClick={(e) => e.preventDefault()}
        >
          {S.addAccount}
        </a>
        <a
          href="/logout"
          role="menuitem"
          data-testid={tid('AccountSwitcher_Logout_Button')}
          className="rx-menuitem"
          onClick={(e) => {
            e.preventDefault();
            setAccount(null);
          }}
        >
          {S.logout(account)}
        </a>
      </div>
    </div>
  );
}

function isEditable(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT';
}

function statusIdOf(article: Element): string | null {
  for (const time of article.querySelectorAll('a[href*="/status/"] > time')) {
    if (time.closest('[role="link"]:not(a)')) continue;
    const m = /\/status\/(\d+)/.exec((time.parentElement as HTMLAnchorElement).getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return null;
}

/** X's own shortcuts: j / k move focus between posts, r replies to the focused post, l likes. */
function useXShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
      const st = store.get();
      if (e.key === 'Escape') {
        if (st.modal) closeModal({ menuOpen: false });
        else if (st.menuOpen) store.set({ menuOpen: false });
        return;
      }
      if (st.modal) return;
      const articles = [...document.querySelectorAll<HTMLElement>('main article[role="article"]')];
      const current = document.activeElement instanceof Element ? document.activeElement.closest('article') : null;
      const idx = current ? articles.indexOf(current as HTMLElement) : -1;
      if (e.key === 'j' || e.key === 'k') {
        const next = e.key === 'j' ? Math.min(articles.length - 1, idx + 1) : Math.max(0, idx < 0 ? 0 : idx - 1);
        const el = articles[next];
        if (el) {
          el.focus();
          el.scrollIntoView({ block: 'nearest' });
          e.preventDefault();
        }
      } else if (e.key === 'r' && current) {
        const id = statusIdOf(current);
        if (id) {
          openReply(id);
          e.preventDefault();
        }
      } else if (e.key === 'l' && current) {
        const id = statusIdOf(current);
        if (id) store.set((s) => ({ liked: { ...s.liked, [id]: !s.liked[id] } }));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function App(): React.JSX.Element {
  const livePath = usePath();
  const path = backgroundPath() ?? livePath;
  const st = useStore(store);
  const route = parseRoute(path);
  useXShortcuts();
  useEffect(() => {
    if (route.kind === 'status') {
      const p = conv(route.author, route.id).post;
      document.title = `${p.authorName} on X: "${p.text}" / X`;
    } else document.title = `${S.home} / X`;
  }, [path]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    api.ready = true;
    document.documentElement.dataset.replicaReady = '1';
  }, []);
  const account = st.account;
  return (
    <div className="rx-app" onClick={spaLinkHandler}>
      <div id="layers">
        {st.modal && <ReplyModal key={st.modal.targetId} targetId={st.modal.targetId} />}
        {st.menuOpen && account && <AccountMenu account={account} accounts={st.accounts} />}
        {st.toast && (
          <div data-testid={tid('toast')} role="alert" className="rx-toast">
            <span>{S.sent}</span>{' '}
            <a href={`/${st.toast.author}/status/${st.toast.id}`} role="link">
              {S.view}
            </a>
          </div>
        )}
      </div>
      <div className="rx-shell">
        <header role="banner" className="rx-header">
          <nav role="navigation" aria-label="Primary" className="rx-nav">
            <a data-testid={tid('AppTabBar_Home_Link')} href="/home" role="link" aria-label={S.home}>
              🏠 <span>{S.home}</span>
            </a>
            <a data-testid={tid('AppTabBar_Explore_Link')} href="/explore" role="link" aria-label={S.explore}>
              🔍 <span>{S.explore}</span>
            </a>
            <a
              data-testid={tid('AppTabBar_Notifications_Link')}
              href="/notifications"
              role="link"
              aria-label={S.notifications}
            >
              🔔 <span>{S.notifications}</span>
            </a>
            {account && (
              <a data-testid={tid('AppTabBar_Profile_Link')} href={`/${account}`} role="link" aria-label={S.profile}>
                👤 <span>{S.profile}</span>
              </a>
            )}
            {account && (
              <a
                data-testid={tid('SideNav_NewTweet_Button')}
                href="/compose/post"
                role="link"
                aria-label={S.postNav}
                className="rx-post-btn"
              >
                {S.postNav}
              </a>
            )}
          </nav>
          {account ? (
            <button
              type="button"
              data-testid={tid('SideNav_AccountSwitcher_Button')}
              aria-label={S.accountMenu}
              className="rx-switcher"
              onClick={() => store.set((s) => ({ menuOpen: !s.menuOpen }))}
            >
              <Avatar handle={account} link={false} />
              <div>
                <div dir="ltr">
                  <span className="rx-name">{displayName(account)}</span>
                </div>
                <div dir="ltr">
                  <span className="rx-handle">@{account}</span>
                </div>
              </div>
            </button>
          ) : (
            <div className="rx-loggedout">
              <a data-testid={tid('loginButton')} href="/login" role="link">
                {S.login}
              </a>
              <a data-testid={tid('signupButton')} href="/i/flow/signup" role="link">
                {S.signup}
              </a>
            </div>
          )}
        </header>
        <main role="main" className="rx-main">
          <div data-testid={tid('primaryColumn')} className="rx-primary">
            {route.kind === 'status' ? <StatusPage key={route.id} author={route.author} id={route.id} /> : <HomePage />}
          </div>
          <div data-testid={tid('sidebarColumn')} className="rx-sidebar" />
        </main>
      </div>
    </div>
  );
}

addStyle(draftCss);
addStyle(X_CSS);
document.documentElement.lang = params.lang;
if (location.pathname === '/') navigate('/home', true);
createRoot(document.getElementById('react-root') as HTMLElement).render(<App />);

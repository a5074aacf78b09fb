import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import draftCss from 'draft-js/dist/Draft.css?inline';
import {
  AVATAR_SRC,
  DAY,
  HOUR,
  LOADED_AT,
  MINUTE,
  addStyle,
  hash32,
  hashId,
  numericUserId,
  readParams,
  setCookie,
} from '../common/env';
import { createStore, useStore } from '../common/store';
import { installBridge, postedText } from '../common/bridge';
import { DraftBox, useDraftComposer } from '../common/draft';
import { spaLinkHandler, usePath } from '../common/router';
import { splitText } from '../common/text';
import { tiktokRelative } from '../common/time';
import { generateComments, hostileComments, tiktokId } from '../common/gen';
import type { ReplicaComment, Submission } from '../common/model';
import { TT_STRINGS } from './strings';
import { TT_CSS } from './style';

const params = readParams();
const S = TT_STRINGS[params.lang];
const BUILD = params.renamed ? 'a41c0f2e' : '7937d88b';

/** Emotion-like class names "css-<hash>-<build>--<ReadableName> e<hash>0"; renamed: no readable suffix. */
function cx(...names: string[]): string {
  return names
    .map((n) =>
      params.renamed
        ? `css-${hashId(`${n}!`, 7)}-${BUILD} e${hashId(`${n}#`, 6)}1`
        : `css-${hashId(n, 7)}-${BUILD}--${n} e${hashId(`${n}#`, 6)}0`,
    )
    .join(' ');
}

/** data-e2e values; renamed: opaque. */
function e2e(name: string): string {
  return params.renamed ? `rn-${hashId(name)}` : name;
}

// ---------------------------------------------------------------- routes + data

type TtRoute = { kind: 'video'; author: string; id: string } | { kind: 'other' };

function parseRoute(path: string): TtRoute {
  const m = /^\/@([A-Za-z0-9_.]{1,24})\/(?:video|photo)\/(\d+)/.exec(path);
  return m ? { kind: 'video', author: m[1], id: m[2] } : { kind: 'other' };
}

const NAMES: Record<string, string> = { brandco: 'BrandCo', jane_doe: 'Jane Doe' };
const nameOf = (h: string): string => NAMES[h] ?? h.replace(/[._]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

interface TtVideo {
  id: string;
  author: string;
  desc: string;
  createdAt: string;
  comments: ReplicaComment[];
}

function buildVideo(id: string, author: string): TtVideo {
  const gen = params.n !== null;
  let comments: ReplicaComment[];
  if (gen) {
    comments = generateComments({
      count: params.n ?? 0,
      seed: hash32(id),
      makeId: tiktokId,
      replyEvery: 4,
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
      const ms = LOADED_AT - age;
      return {
        id: tiktokId(ms),
        author: a,
        authorName: nameOf(a),
        text,
        createdAt: new Date(ms).toISOString(),
        lang,
        tone,
        ...(parent ? { parentId: parent.id } : {}),
      };
    };
    const c1 = mk(3 * DAY, 'sunny.days', "This is the cutest thing I've seen all week 😭", 'positive');
    const c1a = mk(2 * DAY, author, 'Thank you so much! 💕', 'positive', 'en', c1);
    const c1b = mk(2 * DAY - HOUR, 'mike_t', 'same!!', 'positive', 'en', c1);
    const c2 = mk(5 * HOUR, 'dmitry.k', 'My order arrived broken and nobody answers my emails.', 'negative');
    const c3 = mk(45 * MINUTE, 'sofia_rossi', "What's the name of this song?", 'question');
    const c3a = mk(20 * MINUTE, 'lucas.m', '@sofia_rossi it is in the description', 'neutral', 'en', c3);
    const c4 = mk(2 * HOUR, 'aiko.tanaka', '¿Hacen envíos a Chile?', 'question', 'es');
    const c5 = mk(8 * DAY, 'ivan_p', 'Когда будет в России?', 'question', 'ru');
    const c6 = mk(30 * 1000, 'emma.smith', 'first 🥇', 'positive');
    comments = [c1, c1a, c1b, c2, c3, c3a, c4, c5, c6];
  }
  if (params.hostile) comments = [...comments, ...hostileComments(tiktokId, '.')];
  return {
    id,
    author,
    desc: 'Packing orders with the team 📦 #smallbusiness',
    createdAt: new Date(LOADED_AT - (gen ? 31 * DAY : 9 * DAY)).toISOString(),
    comments,
  };
}

interface TtState {
  account: string | null;
  accounts: string[];
  videos: Record<string, TtVideo>;
  collapsed: Record<string, boolean>;
  replyTarget: ReplicaComment | null;
  liked: Record<string, boolean>;
}

const initialAccount = params.loggedOut ? null : (params.account ?? 'brandco');
const store = createStore<TtState>({
  account: initialAccount,
  accounts: initialAccount
    ? [initialAccount, initialAccount === 'brandco' ? 'jane_doe' : 'brandco']
    : ['brandco', 'jane_doe'],
  videos: {},
  collapsed: {},
  replyTarget: null,
  liked: {},
});
const submitted: Submission[] = [];

function getVideo(id: string, author: string): TtVideo {
  const have = store.get().videos[id];
  if (have) return have;
  const v = buildVideo(id, author);
  store.get().videos[id] = v;
  return v;
}

function currentVideo(): TtVideo | null {
  const r = parseRoute(location.pathname);
  return r.kind === 'video' ? getVideo(r.id, r.author) : null;
}

function setAccount(h: string | null): void {
  store.set((s) => ({
    account: h,
    accounts: h && !s.accounts.includes(h) ? [...s.accounts, h] : s.accounts,
    replyTarget: h ? s.replyTarget : null,
  }));
  setCookie('rp_account', h);
}

function submitComment(raw: string): boolean {
  const { account, replyTarget } = store.get();
  const text = postedText(raw);
  const video = currentVideo();
  if (!account || !text || !video) return false;
  submitted.push({ text, account, ...(replyTarget ? { replyTo: replyTarget.id } : {}), at: Date.now() });
  const now = Date.now();
  const threadId = replyTarget ? (replyTarget.parentId ?? replyTarget.id) : undefined;
  const item: ReplicaComment = {
    id: tiktokId(now),
    author: account,
    authorName: nameOf(account),
    text,
    createdAt: new Date(now).toISOString(),
    lang: 'en',
    tone: 'neutral',
    own: true,
    ...(threadId ? { parentId: threadId } : {}),
  };
  let comments: ReplicaComment[];
  if (threadId) {
    let last = video.comments.findIndex((c) => c.id === threadId);
    video.comments.forEach((c, i) => {
      if (c.parentId === threadId) last = i;
    });
    comments = [...video.comments];
    comments.splice(last + 1, 0, item);
  } else comments = [item, ...video.comments];
  store.set((s) => ({
    videos: { ...s.videos, [video.id]: { ...video, comments } },
    replyTarget: null,
    collapsed: threadId ? { ...s.collapsed, [threadId]: false } : s.collapsed,
  }));
  return true;
}

// ---------------------------------------------------------------- bridge + page signals

const api = installBridge({
  site: 'tiktok',
  params,
  submitted,
  getComments: () => currentVideo()?.comments ?? [],
  getPost: () => {
    const v = currentVideo();
    return v ? { id: v.id, author: v.author, text: v.desc, createdAt: v.createdAt } : null;
  },
  getAccount: () => store.get().account,
  getAccounts: () => store.get().accounts,
  setAccount,
});

setCookie('rp_account', initialAccount);
{
  const r = parseRoute(location.pathname);
  const s = document.createElement('script');
  s.id = '__UNIVERSAL_DATA_FOR_REHYDRATION__';
  s.type = 'application/json';
  s.textContent = JSON.stringify({
    __DEFAULT_SCOPE__: {
      'webapp.app-context': {
        user: initialAccount
          ? { uid: numericUserId(initialAccount, 19), uniqueId: initialAccount, nickName: nameOf(initialAccount) }
          : undefined,
        language: params.lang,
        region: 'US',
      },
      ...(r.kind === 'video'
        ? { 'webapp.video-detail': { itemInfo: { itemStruct: { id: r.id, author: { uniqueId: r.author } } } } }
        : {}),
    },
  });
  document.head.appendChild(s);
}

/** The footer editor's focus, for the Reply controls. */
const footerApi: { focus: () => void } = { focus: () => undefined };

// ---------------------------------------------------------------- components

/** TikTok's API shape of a comment, passed as a React prop (readable through the fiber, as on the site). */
interface TtApiComment {
  cid: string;
  text: string;
  create_time: number;
  aweme_id: string;
  reply_id: string;
  digg_count: number;
  user: { uid: string; unique_id: string; nickname: string };
}

function toApi(c: ReplicaComment, awemeId: string): TtApiComment {
  return {
    cid: c.id,
    text: c.text,
    create_time: Math.floor(Date.parse(c.createdAt) / 1000),
    aweme_id: awemeId,
    reply_id: c.parentId ?? '0',
    digg_count: hash32(c.id) % 300,
    user: { uid: numericUserId(c.author, 19), unique_id: c.author, nickname: c.authorName },
  };
}

function CommentText({ text, level }: { text: string; level: 1 | 2 }): React.JSX.Element {
  return (
    <span data-e2e={e2e(`comment-level-${level}`)} className="tt-text">
      {splitText(text, { emoji: false, links: true }).map((p, i) =>
        p.kind === 'mention' ? (
          <a key={i} className={`${cx('StyledUserLinkContent')} link-a11y-focus`} href={`/@${p.handle}`}>
            <span className={`TUXText TUXText--tiktok-sans ${cx('StyledTUXText')}`}>{p.text}</span>
          </a>
        ) : (
          <span key={i} className={`TUXText TUXText--tiktok-sans ${cx('StyledTUXText')}`}>
            {p.text}
          </span>
        ),
      )}
    </span>
  );
}

function CommentItem({
  comment,
  model,
  level,
}: {
  comment: TtApiComment;
  model: ReplicaComment;
  level: 1 | 2;
}): React.JSX.Element {
  const liked = !!useStore(store).liked[comment.cid];
  const likes = comment.digg_count + (liked ? 1 : 0);
  return (
    <div className={`${cx('DivCommentItemWrapper')} tt-item`}>
      <div className={cx('DivAvatarWrapper')}>
        <div className={cx('DivTriggerWrapper')}>
          <a className="link-a11y-focus" href={`/@${comment.user.unique_id}`}>
            <span {...{ shape: 'circle' }} data-e2e="" className={cx('SpanAvatarContainer')}>
              <img loading="lazy" alt="" src={AVATAR_SRC} className={`${cx('ImgAvatar')} tt-av`} />
            </span>
          </a>
        </div>
      </div>
      <div className={`${cx('DivCommentContentWrapper')} tt-item-content`}>
        <div className={`${cx('DivCommentHeaderWrapper')} tt-item-header`}>
          <div data-e2e={e2e(`comment-username-${level}`)} className={cx('DivUsernameContentWrapper')}>
            <div className={cx('DivTriggerWrapper')}>
              <a className="link-a11y-focus" href={`/@${comment.user.unique_id}`}>
                <p className={`TUXText TUXText--tiktok-sans TUXText--weight-medium ${cx('StyledTUXText')} tt-name`}>
                  {comment.user.nickname}
                </p>
              </a>
            </div>
          </div>
          <div aria-expanded="false" aria-haspopup="dialog" className={cx('DivMore')}>
            <div className={cx('DivMoreTriggerWrapper')}>⋯</div>
          </div>
        </div>
        <CommentText text={comment.text} level={level} />
        <div className={`${cx('DivCommentSubContentSplitWrapper')} tt-sub-split`}>
          <div className={`${cx('DivCommentSubContentWrapper')} tt-sub`}>
            <span className="TUXText TUXText--tiktok-sans TUXText--weight-normal">
              {tiktokRelative(model.createdAt, Date.now(), params.lang)}
            </span>
            <p
              className={`TUXText TUXText--tiktok-sans TUXText--weight-medium ${cx('StyledTUXText')} tt-reply-btn`}
              aria-label={S.reply}
              role="button"
              data-e2e={e2e(`comment-reply-${level}`)}
              tabIndex={0}
              onClick={() => {
                if (!store.get().account) return;
                store.set({ replyTarget: model });
                footerApi.focus();
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') (e.currentTarget as HTMLElement).click();
              }}
            >
              {S.reply}
            </p>
          </div>
          <div
            aria-label={S.likeLabel(likes)}
            aria-pressed={liked}
            tabIndex={0}
            role="button"
            className={`${cx('DivLikeContainer')} tt-like`}
            onClick={() => store.set((s) => ({ liked: { ...s.liked, [comment.cid]: !liked } }))}
          >
            {liked ? '❤️' : '♡'}
            <br />
            <span>{likes}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

function Footer(): React.JSX.Element {
  const st = useStore(store);
  const c = useDraftComposer('footer', 1, (t) => t.trim().length > 0);
  useEffect(() => {
    footerApi.focus = () => c.focus();
  }, [c]);
  const submit = (): void => {
    const text = c.editorState.getCurrentContent().getPlainText('\n');
    if (!text.trim()) return;
    if (submitComment(text)) c.clear();
  };
  const target = st.replyTarget;
  return (
    <div className={`${cx('DivCommentFooter')} tt-footer`}>
      {target && (
        <div className={`${cx('DivReplyingTo')} tt-replying`}>
          <span>{S.replyingTo(`@${target.author}`)}</span>
          <button type="button" aria-label={S.cancelReply} onClick={() => store.set({ replyTarget: null })}>
            ✕
          </button>
        </div>
      )}
      <div className={cx('DivCommentBarContainer')}>
        <div className={cx('DivCommentInputWrapper')}>
          <div className={`${cx('DivCommentInputContainer')} tt-bar`}>
            <div className={`${cx('DivLayoutContainer')} tt-input-area`}>
              <div
                data-e2e={e2e('comment-input')}
                className={`${cx('DivInputAreaContainer')} tt-input-area`}
                style={{ padding: 0 }}
              >
                <div data-e2e={e2e('comment-text')} className={`${cx('DivInputEditorContainer')} tt-editor`}>
                  <div className={cx('DivInputAreaContainer')}>
                    <DraftBox
                      c={c}
                      editorKey="9qng4"
                      placeholder={S.addComment}
                      spellCheck={false}
                      submitKey="enter"
                      onSubmit={submit}
                      onEscape={() => store.set({ replyTarget: null })}
                    />
                  </div>
                </div>
                <div
                  aria-label={S.atLabel}
                  aria-expanded="false"
                  role="button"
                  tabIndex={0}
                  data-e2e={e2e('comment-at-icon')}
                  className={`${cx('DivMentionButton')} tt-icon`}
                >
                  @
                </div>
                <div
                  aria-label={S.emojiLabel}
                  aria-expanded="false"
                  role="button"
                  tabIndex={0}
                  data-e2e={e2e('comment-emoji-icon')}
                  className={`${cx('DivEmojiButton')} tt-icon`}
                >
                  ☺
                </div>
              </div>
            </div>
            <div
              aria-disabled={c.canSubmit ? 'false' : 'true'}
              aria-label={S.post}
              role="button"
              tabIndex={0}
              data-e2e={e2e('comment-post')}
              className={`${cx('DivPostButton')} tt-post`}
              onClick={() => c.canSubmit && submit()}
            >
              {S.post}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

function VideoPage({ route }: { route: Extract<TtRoute, { kind: 'video' }> }): React.JSX.Element {
  const st = useStore(store);
  const video = st.videos[route.id] ?? getVideo(route.id, route.author);
  const tops = video.comments.filter((c) => !c.parentId);
  const repliesOf = new Map<string, ReplicaComment[]>();
  for (const c of video.comments) if (c.parentId) repliesOf.set(c.parentId, [...(repliesOf.get(c.parentId) ?? []), c]);
  const total = video.comments.length;
  return (
    <div className={`${cx('DivVideoDetailContainer')} tt-detail`}>
      <div className={`${cx('DivVideoContainer')} tt-video`} data-e2e={e2e('browse-video')}>
        <video muted playsInline aria-label="video" style={{ width: '100%', height: '100%' }} />
      </div>
      <div className={`${cx('DivContentContainer')} tt-side`}>
        <div className={`${cx('DivAuthorContainer')} tt-author`}>
          <a data-e2e={e2e('browse-user-avatar')} href={`/@${video.author}`}>
            <img alt="" src={AVATAR_SRC} />
          </a>
          <div>
            <a href={`/@${video.author}`}>
              <span data-e2e={e2e('browse-username')}>{video.author}</span>
            </a>
            <div data-e2e={e2e('browse-video-desc')}>{video.desc}</div>
          </div>
        </div>
        <div className="TUXTabBar" role="tablist">
          <div className="tt-tabs">
            <button type="button" role="tab" aria-selected="true" className="TUXTab tt-tab">
              {S.commentsTab(total)}
            </button>
            <button type="button" role="tab" aria-selected="false" className="TUXTab tt-tab">
              {S.creatorVideos}
            </button>
          </div>
        </div>
        <div className="TUXTabBar-content tt-tab-content" tabIndex={0}>
          <div className={`${cx('DivTabContainer')} tt-tab-content`}>
            <div className={`${cx('DivCommentMain', 'DivCommentMainWithoutScroll')} tt-comment-main`}>
              <div className={`${cx('DivCommentCountContainer')} tt-count`}>
                <span className="TUXText TUXText--tiktok-sans TUXText--weight-medium">{S.comments(total)}</span>
              </div>
              <div className={cx('DivCommentListContainer')}>
                {tops.map((c) => {
                  const replies = repliesOf.get(c.id) ?? [];
                  const collapsed = st.collapsed[c.id] === true;
                  return (
                    <div key={c.id} className={`${cx('DivCommentObjectWrapper')} tt-thread`}>
                      <CommentItem comment={toApi(c, video.id)} model={c} level={1} />
                      {replies.length > 0 && (
                        <div className={`${cx('DivReplyContainer')} tt-reply-container`}>
                          {!collapsed &&
                            replies.map((r) => (
                              <CommentItem key={r.id} comment={toApi(r, video.id)} model={r} level={2} />
                            ))}
                          <div className={cx('DivViewMoreRepliesWrapper')}>
                            <div
                              className={`${cx('DivViewRepliesContainer')} tt-view-more`}
                              role="button"
                              tabIndex={0}
                              onClick={() => store.set((s) => ({ collapsed: { ...s.collapsed, [c.id]: !collapsed } }))}
                            >
                              <span className="TUXText TUXText--tiktok-sans TUXText--weight-medium">
                                {collapsed ? S.viewReplies(replies.length) : S.hide}
                              </span>
                            </div>
                          </div>
                        </div>
                      )}
                    </div>
                  );
                })}
              </div>
            </div>
            {st.account ? (
              <Footer key={video.id} />
            ) : (
              <div className={`${cx('DivCommentFooter')} tt-footer`}>
                <a href="/login" data-e2e={e2e('comment-login')}>
                  {S.loginToComment}
                </a>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

function App(): React.JSX.Element {
  const path = usePath();
  const st = useStore(store);
  const route = parseRoute(path);
  useEffect(() => {
    if (route.kind === 'video') {
      const v = getVideo(route.id, route.author);
      document.title = `${v.desc} | TikTok`;
    } else document.title = 'TikTok - Make Your Day';
  }, [path]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    api.ready = true;
    document.documentElement.dataset.replicaReady = '1';
  }, []);
  return (
    <div onClick={spaLinkHandler}>
      <div className={`${cx('DivHeaderWrapper')} tt-header`}>
        <a href="/" data-e2e={e2e('tiktok-logo')} className="tt-logo">
          TikTok
        </a>
        <input data-e2e={e2e('search-user-input')} placeholder={S.search} className="tt-search" type="search" />
        <a href="/upload" data-e2e={e2e('upload-icon')}>
          {S.upload}
        </a>
        {st.account ? (
          <div data-e2e={e2e('profile-icon')} className="tt-header-avatar">
            <img src={AVATAR_SRC} alt="" />
          </div>
        ) : (
          <button type="button" data-e2e={e2e('top-login-button')} className="tt-login">
            {S.login}
          </button>
        )}
      </div>
      <div className="tt-body">
        <div className={`${cx('DivSideNavContainer')} tt-sidenav`}>
          <div className={cx('DivMainNavContainer')}>
            <a data-e2e={e2e('nav-foryou')} href="/foryou">
              {S.forYou}
            </a>
            <a data-e2e={e2e('nav-explore')} href="/explore">
              {S.explore}
            </a>
            <a data-e2e={e2e('nav-following')} href="/following">
              {S.following}
            </a>
            <a data-e2e={e2e('nav-profile')} href={st.account ? `/@${st.account}` : '/@'}>
              {S.profile}
            </a>
          </div>
        </div>
        <div id="main-content-video_detail" className="tt-main">
          {route.kind === 'video' ? (
            <VideoPage key={route.id} route={route} />
          ) : (
            <div className="tt-detail">{S.forYou}</div>
          )}
        </div>
      </div>
    </div>
  );
}

addStyle(draftCss);
addStyle(TT_CSS);
document.documentElement.lang = params.lang;
createRoot(document.getElementById('app') as HTMLElement).render(<App />);

import type { Lang } from '../common/env';

export interface TtStrings {
  addComment: string;
  post: string;
  reply: string;
  comments(n: number): string;
  commentsTab(n: number): string;
  creatorVideos: string;
  viewReplies(n: number): string;
  hide: string;
  likeLabel(n: number): string;
  replyingTo(name: string): string;
  cancelReply: string;
  forYou: string;
  explore: string;
  following: string;
  profile: string;
  upload: string;
  login: string;
  loginToComment: string;
  atLabel: string;
  emojiLabel: string;
  search: string;
}

export const TT_STRINGS: Record<Lang, TtStrings> = {
  en: {
    addComment: 'Add comment...',
    post: 'Post',
    reply: 'Reply',
    comments: (n) => `${n} comments`,
    commentsTab: (n) => `Comments (${n})`,
    creatorVideos: 'Creator videos',
    viewReplies: (n) => (n === 1 ? 'View 1 reply' : `View ${n} replies`),
    hide: 'Hide',
    likeLabel: (n) => `Like video ${n} likes`,
    replyingTo: (name) => `Reply to ${name}`,
    cancelReply: 'Cancel reply',
    forYou: 'For You',
    explore: 'Explore',
    following: 'Following',
    profile: 'Profile',
    upload: 'Upload',
    login: 'Log in',
    loginToComment: 'Log in to comment',
    atLabel: '“@” a user to tag them in your comments',
    emojiLabel: 'Click to add emojis',
    search: 'Search',
  },
  es: {
    addComment: 'Añadir comentario...',
    post: 'Publicar',
    reply: 'Responder',
    comments: (n) => `${n} comentarios`,
    commentsTab: (n) => `Comentarios (${n})`,
    creatorVideos: 'Videos del creador',
    viewReplies: (n) => (n === 1 ? 'Ver 1 respuesta' : `Ver ${n} respuestas`),
    hide: 'Ocultar',
    likeLabel: (n) => `Me gusta el video ${n} Me gusta`,
    replyingTo: (name) => `Responder a ${name}`,
    cancelReply: 'Cancelar respuesta',
    forYou: 'Para ti',
    explore: 'Explorar',
    following: 'Siguiendo',
    profile: 'Perfil',
    upload: 'Cargar',
    login: 'Iniciar sesión',
    loginToComment: 'Inicia sesión para comentar',
    atLabel: 'Usa "@" para etiquetar a un usuario en tus comentarios',
    emojiLabel: 'Haz clic para añadir emojis',
    search: 'Buscar',
  },
  ru: {
    addComment: 'Добавить комментарий...',
    post: 'Опубликовать',
    reply: 'Ответить',
    comments: (n) => `Комментарии: ${n}`,
    commentsTab: (n) => `Комментарии (${n})`,
    creatorVideos: 'Видео автора',
    viewReplies: (n) => `Посмотреть ответы (${n})`,
    hide: 'Скрыть',
    likeLabel: (n) => `Нравится видео: ${n}`,
    replyingTo: (name) => `Ответ пользователю ${name}`,
    cancelReply: 'Отменить ответ',
    forYou: 'Рекомендации',
    explore: 'Интересное',
    following: 'Подписки',
    profile: 'Профиль',
    upload: 'Загрузить',
    login: 'Войти',
    loginToComment: 'Войдите, чтобы комментировать',
    atLabel: 'Используйте «@», чтобы отметить пользователя',
    emojiLabel: 'Нажмите, чтобы добавить эмодзи',
    search: 'Поиск',
  },
};

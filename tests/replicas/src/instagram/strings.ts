import type { Lang } from '../common/env';

export interface IgStrings {
  addComment: string;
  post: string;
  reply: string;
  home: string;
  search: string;
  explore: string;
  reels: string;
  messages: string;
  notifications: string;
  create: string;
  profile: string;
  profilePic(h: string): string;
  like: string;
  unlike: string;
  comment: string;
  share: string;
  save: string;
  viewReplies(n: number): string;
  hideReplies: string;
  loadMore: string;
  likes(n: number): string;
  follow: string;
  more: string;
  login: string;
  loginToComment: string;
  emoji: string;
}

export const IG_STRINGS: Record<Lang, IgStrings> = {
  en: {
    addComment: 'Add a comment…',
    post: 'Post',
    reply: 'Reply',
    home: 'Home',
    search: 'Search',
    explore: 'Explore',
    reels: 'Reels',
    messages: 'Messages',
    notifications: 'Notifications',
    create: 'Create',
    profile: 'Profile',
    profilePic: (h) => `${h}'s profile picture`,
    like: 'Like',
    unlike: 'Unlike',
    comment: 'Comment',
    share: 'Share Post',
    save: 'Save',
    viewReplies: (n) => `View replies (${n})`,
    hideReplies: 'Hide replies',
    loadMore: 'Load more comments',
    likes: (n) => `${n} likes`,
    follow: 'Follow',
    more: 'More options',
    login: 'Log in',
    loginToComment: 'Log in to like or comment.',
    emoji: 'Emoji',
  },
  es: {
    addComment: 'Agrega un comentario…',
    post: 'Publicar',
    reply: 'Responder',
    home: 'Inicio',
    search: 'Buscar',
    explore: 'Explorar',
    reels: 'Reels',
    messages: 'Mensajes',
    notifications: 'Notificaciones',
    create: 'Crear',
    profile: 'Perfil',
    profilePic: (h) => `Foto del perfil de ${h}`,
    like: 'Me gusta',
    unlike: 'Ya no me gusta',
    comment: 'Comentar',
    share: 'Compartir publicación',
    save: 'Guardar',
    viewReplies: (n) => `Ver respuestas (${n})`,
    hideReplies: 'Ocultar respuestas',
    loadMore: 'Cargar más comentarios',
    likes: (n) => `${n} Me gusta`,
    follow: 'Seguir',
    more: 'Más opciones',
    login: 'Iniciar sesión',
    loginToComment: 'Inicia sesión para indicar que te gusta o comentar.',
    emoji: 'Emoji',
  },
  ru: {
    addComment: 'Добавьте комментарий…',
    post: 'Опубликовать',
    reply: 'Ответить',
    home: 'Главная',
    search: 'Поисковый запрос',
    explore: 'Интересное',
    reels: 'Reels',
    messages: 'Сообщения',
    notifications: 'Уведомления',
    create: 'Создать',
    profile: 'Профиль',
    profilePic: (h) => `Фото профиля ${h}`,
    like: 'Нравится',
    unlike: 'Не нравится',
    comment: 'Комментировать',
    share: 'Поделиться публикацией',
    save: 'Сохранить',
    viewReplies: (n) => `Посмотреть ответы (${n})`,
    hideReplies: 'Скрыть ответы',
    loadMore: 'Загрузить больше комментариев',
    likes: (n) => `${n} отметок «Нравится»`,
    follow: 'Подписаться',
    more: 'Другие параметры',
    login: 'Войти',
    loginToComment: 'Войдите, чтобы ставить отметки «Нравится» и комментировать.',
    emoji: 'Эмодзи',
  },
};

/** ?layout=renamed: different visible strings / labels for the few hooks Instagram has. */
export const IG_RENAMED: Partial<IgStrings> = {
  addComment: 'Write a comment…',
  post: 'Send',
  reply: 'Answer',
  profilePic: () => 'avatar',
  profile: 'Me',
};

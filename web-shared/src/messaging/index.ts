// The messaging hub's shared parts: what the components take, the rules behind what they show,
// and the unread count. The components are in components/messaging/, their words in i18n/messaging.ts.
export { linkify, paragraphsOf, type BodyPiece } from './message-body';
export {
  anchorText,
  dayLabel,
  formatBytes,
  groupByDay,
  isImage,
  isSeen,
  lastOwnMessage,
  mergeMessages,
  messageExcerpt,
  type AnchorType,
  type Audience,
  type MessageAttachmentItem,
  type MessageDay,
  type MessageItem,
  type MessagingTranslate,
  type ThreadAnchorItem,
} from './thread';
export { UnreadMessages, provideUnreadMessages, useUnreadMessages } from './unread.svelte.js';
export { markReadWhenSeen, type ThreadReadState } from './mark-read.svelte.js';
export type { MessageAnswer, MessageUploadTarget } from './answers';

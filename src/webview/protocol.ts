// The one message protocol between the sidebar page and the extension host. Both sides import the types;
// the host validates every incoming message with zod, because the page is a separate, untrusted context.
import { z } from 'zod';

/** A greeting or closing as the page shows it. */
export interface PhraseView {
  id: string;
  kind: 'greeting' | 'closing';
  title: string;
  text: string;
  lang: string;
  pack: string;
}

/** Host → page. */
export type HostMessage =
  | { type: 'phrases'; items: PhraseView[] };

/** Page → host, validated on arrival. */
export const pageMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('insertPhrase'), id: z.string().min(1).max(200) }),
]);
export type PageMessage = z.infer<typeof pageMessageSchema>;

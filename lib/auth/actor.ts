import type { ApiKeyRecord, UserRecord } from './types';

/** Who is asking. Every domain operation takes one and checks it against the permission matrix. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: UserRecord; sessionId: string | null }
  | { kind: 'api_key'; apiKey: ApiKeyRecord }
  /** The CLI, the seed and background jobs: trusted code running on the server. */
  | { kind: 'system'; label: string };

export const anonymousActor: Actor = { kind: 'anonymous' };

export function systemActor(label: string): Actor {
  return { kind: 'system', label };
}

/** A short human label for logs and the audit trail. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.user.email;
    case 'api_key':
      return `key:${actor.apiKey.name}`;
    case 'system':
      return `system:${actor.label}`;
  }
}

export type ActorKind = Actor['kind'];
/** Requests come from a user or a key; system and anonymous actors have no viewer. */
export type ViewerKind = Extract<ActorKind, 'user' | 'api_key'>;

import { useSyncExternalStore } from 'react';
import type { components } from '../api/schema';

export type Session = components['schemas']['Session'];
export type Role = components['schemas']['Role'];

/**
 * Who is signed in, as far as the SPA knows:
 * - `unknown`: not asked yet (the app just loaded; GET /session will tell);
 * - `signed-in`: the session from sign-in or GET /session, with the CSRF token for writes;
 * - `signed-out`, for a reason: `none` (the server knows no session: never signed in, or the cookie is
 *   gone), `signed-out` (the user signed out), `expired` (the server answered 401 to a signed-in request).
 */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-in'; session: Session }
  | { status: 'signed-out'; reason: SignedOutReason };

let state: SessionState = { status: 'unknown' };
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * The one place the SPA keeps the session. The API client reads the CSRF token from here and
 * reports a 401 here; React reads it through {@link useSessionState} / {@link useSession}.
 */
export const sessionStore = {
  get: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signedIn(session: Session) {
    set({ status: 'signed-in', session });
  },
  signedOut(reason: Exclude<SignedOutReason, 'expired'> = 'signed-out') {
    set({ status: 'signed-out', reason });
  },
  /** The server no longer accepts the session (401). Only a signed-in state expires; anything else stays as it is. */
  expired() {
    if (state.status === 'signed-in') set({ status: 'signed-out', reason: 'expired' });
  },
  /** Back to "not asked yet" (tests). */
  reset() {
    set({ status: 'unknown' });
  },
  /** The X-CSRF-Token for writes, when signed in. */
  csrfToken(): string | undefined {
    return state.status === 'signed-in' ? state.session.csrfToken : undefined;
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The signed-in session; undefined outside the signed-in part of the app (the login page, or while it is being left). */
export function useSession(): Session | undefined {
  const current = useSessionState();
  return current.status === 'signed-in' ? current.session : undefined;
}

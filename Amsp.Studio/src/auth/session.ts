// The signed-in person, from /api/auth/me; null when signed out. The session itself is the API's HTTP-only cookie.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call } from '../api/client';
import type { Person } from './roles';

export const sessionKey = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<Person | null> => {
      try {
        const me = await call(api.GET('/api/auth/me'));
        return { id: me.id, email: me.email, displayName: me.displayName, roles: me.roles, memberships: me.memberships };
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export function useSessionActions() {
  const queries = useQueryClient();
  return {
    async signIn(email: string, password: string) {
      await call(api.POST('/api/auth/login', { params: { query: { useCookies: true } }, body: { email, password } }));
      await queries.invalidateQueries({ queryKey: sessionKey });
    },
    async signOut() {
      await call(api.POST('/api/auth/logout')).catch(() => undefined);
      queries.clear();
      queries.setQueryData(sessionKey, null);
    },
    /** The API answered 401: the cookie expired or was revoked. */
    signedOut() {
      queries.setQueryData(sessionKey, null);
    },
  };
}

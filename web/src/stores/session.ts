import { defineStore } from "pinia";
import { computed, ref } from "vue";
import type { Role } from "@/gql/graphql";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  region: { id: string; name: string } | null;
  /** Buyers: the organisation they act for (absent in sessions stored before it existed). */
  buyer?: { id: string; name: string } | null;
  /** Enterprise users: the enterprise they act for (absent in sessions stored before it existed). */
  enterprise?: { id: string; name: string } | null;
}

interface Stored {
  token: string;
  expiresAt: string;
  user: SessionUser;
  /** After an administrator's reset: the app shows only the password change until it is done. */
  mustChangePassword?: boolean;
}

export const SESSION_KEY = "xiezuo.session";

function load(): Stored | null {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Stored;
    if (!s.token || !s.user?.role) return null;
    if (s.expiresAt && Date.parse(s.expiresAt) <= Date.now()) {
      localStorage.removeItem(SESSION_KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

/** The signed-in user and the bearer token, kept in localStorage across reloads. */
export const useSessionStore = defineStore("session", () => {
  const initial = load();
  const token = ref<string | null>(initial?.token ?? null);
  const expiresAt = ref<string | null>(initial?.expiresAt ?? null);
  const user = ref<SessionUser | null>(initial?.user ?? null);
  const mustChangePassword = ref<boolean>(initial?.mustChangePassword ?? false);

  const isAuthenticated = computed(() => token.value != null && user.value != null);
  const role = computed<Role | null>(() => user.value?.role ?? null);
  /** Coordinators and admins record figures and corrections; everyone else reads. */
  const canRecord = computed(() => role.value === "COORDINATOR" || role.value === "ADMIN");

  function signIn(payload: Stored) {
    token.value = payload.token;
    expiresAt.value = payload.expiresAt;
    user.value = payload.user;
    mustChangePassword.value = payload.mustChangePassword ?? false;
    try {
      localStorage.setItem(SESSION_KEY, JSON.stringify(payload));
    } catch {
      /* the session lasts until the tab closes */
    }
  }

  function clear() {
    token.value = null;
    expiresAt.value = null;
    user.value = null;
    mustChangePassword.value = false;
    try {
      localStorage.removeItem(SESSION_KEY);
    } catch {
      /* nothing stored */
    }
  }

  /** The password was changed: the server re-issued the token (every other session ended). */
  function passwordChanged(next: { token: string; expiresAt: string }) {
    if (user.value)
      signIn({ token: next.token, expiresAt: next.expiresAt, user: user.value, mustChangePassword: false });
  }

  return {
    token,
    expiresAt,
    user,
    isAuthenticated,
    role,
    canRecord,
    mustChangePassword,
    signIn,
    clear,
    passwordChanged,
  };
});

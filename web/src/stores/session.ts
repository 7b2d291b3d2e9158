import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts'
import type { AppConfig } from '@/auth/config'
import { parseRoles, type Role } from '@/auth/roles'

/**
 * The signed-in person: an OIDC authorization code flow with PKCE against the configured provider (no client
 * secret in a browser). The provider gives public clients no refresh token, so when a token expires the person
 * signs in again in a popup — the page under it, and whatever they typed, stays as it was.
 */
export const useSessionStore = defineStore('session', () => {
  const config = shallowRef<AppConfig | null>(null)
  const user = shallowRef<User | null>(null)
  const renewing = ref<Promise<boolean> | null>(null)
  let manager: UserManager | null = null

  function init(appConfig: AppConfig): UserManager {
    config.value = appConfig
    const origin = window.location.origin
    manager = new UserManager({
      authority: appConfig.issuer,
      client_id: appConfig.clientId,
      redirect_uri: `${origin}/callback`,
      popup_redirect_uri: `${origin}/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: appConfig.scope,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      automaticSilentRenew: false,
      loadUserInfo: false,
    })
    manager.events.addUserLoaded((loaded) => { user.value = loaded })
    manager.events.addUserUnloaded(() => { user.value = null })
    return manager
  }

  function userManager(): UserManager {
    if (!manager) throw new Error('session not initialised')
    return manager
  }

  async function restore(): Promise<void> {
    const stored = await userManager().getUser()
    // an expired token at load: sign in again before anything is shown (nothing typed yet to keep)
    user.value = stored && !stored.expired ? stored : null
  }

  const claims = computed(() => (user.value?.profile ?? {}) as Record<string, unknown>)
  const signedIn = computed(() => user.value !== null)
  const roles = computed<Role[]>(() => parseRoles(claims.value.roles))
  const name = computed(() => String(claims.value.name ?? claims.value.sub ?? ''))
  const department = computed(() => (claims.value.department ? String(claims.value.department) : null))
  const userId = computed(() => String(claims.value.sub ?? ''))

  function token(): string | null {
    return user.value?.access_token ?? null
  }

  async function signIn(returnTo: string): Promise<void> {
    await userManager().signinRedirect({ state: { returnTo } })
  }

  /**
   * One renewal for every call refused at once: the person is asked, then signs in in a popup (opened from their
   * click, so no popup blocker stops it); true when a new token came back.
   */
  function renew(): Promise<boolean> {
    if (!renewing.value) {
      // the dialog's code loads only when a token is first refused: it is not part of the first page
      renewing.value = import('@/auth/renewal').then(({ confirmRenewal }) => confirmRenewal())
        .then((agreed) => (agreed ? userManager().signinPopup() : Promise.reject(new Error('declined'))))
        .then((renewed) => { user.value = renewed; return true })
        .catch(() => false)
        .finally(() => { renewing.value = null })
    }
    return renewing.value
  }

  async function signOut(): Promise<void> {
    const idToken = user.value?.id_token
    await userManager().removeUser()
    user.value = null
    await userManager().signoutRedirect({ id_token_hint: idToken })
  }

  return { config, user, signedIn, roles, name, department, userId, init, restore, token, signIn, renew, signOut,
    userManager }
})

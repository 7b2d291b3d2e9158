import { defineStore } from 'pinia'
import { ref } from 'vue'
import { unreadCount } from '@/api/supervision'
import { useSessionStore } from '@/stores/session'

/**
 * The signed-in person's unread count, shared by the header's bell and the inbox page (reading a message there
 * lowers the bell at once). A failed read keeps the last count: the bell never blocks a page. An expired token is
 * not renewed for the bell: a poll in the background must not ask an idle person to sign in (their next action does).
 */
export const useInboxStore = defineStore('inbox', () => {
  const unread = ref<number | null>(null)
  let pending: Promise<void> | null = null

  function refresh(): Promise<void> {
    const session = useSessionStore()
    if (!session.signedIn || session.user?.expired) return Promise.resolve()
    pending ??= unreadCount()
      .then((count) => { unread.value = count })
      .catch(() => undefined)
      .finally(() => { pending = null })
    return pending
  }

  function read(count = 1): void {
    if (unread.value !== null) unread.value = Math.max(0, unread.value - count)
  }

  return { unread, refresh, read }
})

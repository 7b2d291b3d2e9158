import { onBeforeUnmount, ref, type Ref } from 'vue'

/** True on a phone-wide screen (≤ 600 px, as styles.css): descriptions then stack one item a row. */
export function useNarrow(): Ref<boolean> {
  const query = window.matchMedia('(max-width: 600px)')
  const narrow = ref(query.matches)
  const follow = (event: MediaQueryListEvent) => { narrow.value = event.matches }
  query.addEventListener('change', follow)
  onBeforeUnmount(() => query.removeEventListener('change', follow))
  return narrow
}

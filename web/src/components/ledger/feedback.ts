import { messageOf } from '@/api/problem'
import { ElMessage, ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'

/** Messages and confirmations of the ledger pages (imported with their styles: the resolver sees only templates). */
export { ElMessage, ElMessageBox }

/** True when the person confirmed; false when they closed or cancelled the box. */
export async function confirmed(message: string, title: string, confirmText: string, danger = false): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, { confirmButtonText: confirmText, cancelButtonText: '取消',
      type: danger ? 'warning' : 'info', confirmButtonClass: danger ? 'el-button--danger' : undefined })
    return true
  } catch {
    return false
  }
}

/** A refusal's detail for the person (the service's own words), else the error's message. */
export function showError(failure: unknown): void {
  ElMessage.error(messageOf(failure))
}

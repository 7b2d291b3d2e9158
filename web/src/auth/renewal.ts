import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'

/** Asks the person whose token expired to sign in again; what they typed stays on the page under the dialog. */
export async function confirmRenewal(): Promise<boolean> {
  try {
    await ElMessageBox.confirm('登录已过期。请在弹出的窗口中重新登录，您在本页填写的内容会保留。', '需要重新登录', {
      confirmButtonText: '重新登录',
      cancelButtonText: '取消',
      type: 'warning',
      closeOnClickModal: false,
    })
    return true
  } catch {
    return false
  }
}

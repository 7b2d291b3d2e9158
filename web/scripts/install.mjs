// `npm ci` from the committed lockfile, skipped while node_modules was installed from exactly this lockfile (its
// hash kept in node_modules/.kaohe-lock): a warm build then costs nothing here.
import { execSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const marker = 'node_modules/.kaohe-lock'
const hash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex')
if (existsSync(marker) && readFileSync(marker, 'utf8') === hash) {
  console.log('kaohe web: node_modules was installed from this package-lock.json, npm ci skipped')
} else {
  // engine warnings (packages that prefer Node 22) are not errors here: the build and the type check pass on 20
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' })
  writeFileSync(marker, hash)
}

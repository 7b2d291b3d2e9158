// The build uses the machine's own Node and never downloads one: say clearly what is missing.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`kaohe web: Node ${process.versions.node} is too old; the web app needs Node ≥ 20.19 ` +
    '(install it from your distribution, e.g. apt-get install nodejs, or put a newer node first on PATH)')
  process.exit(1)
}

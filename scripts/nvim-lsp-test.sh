#!/usr/bin/env bash
# Runs `vocero lsp` under a real editor client: headless Neovim (Debian's
# neovim 0.7, whose client starts servers with vim.lsp.start_client) opens a
# post and reads the diagnostics back. Fails unless the phone number and the
# misspelling arrive with the right rules and UTF-16 columns.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v nvim >/dev/null || { echo "nvim not found (apt-get install neovim)"; exit 1; }
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
go build -o "$w/vocero" ./cmd/vocero
mkdir -p "$w/posts"
prefix='🗳️ Para mas informacion llama a Rosa al cel. '
printf '%s662 555 0142\n' "$prefix" > "$w/posts/aviso.txt"
# Neovim shows byte columns: it converts the server's UTF-16 ranges itself.
col=$(printf '%s' "$prefix" | wc -c)
cat > "$w/test.lua" <<LUA
local out = io.open("$w/out.txt", "w")
local client = vim.lsp.start_client({
  name = "vocero",
  cmd = { "$w/vocero", "lsp" },
  root_dir = "$w/posts",
})
vim.cmd("edit $w/posts/aviso.txt")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)
local ok = vim.wait(20000, function()
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == "vocero" then n = n + 1 end
  end
  return n >= 2
end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
  out:write(string.format("%s %d:%d-%d %s\n", code, d.lnum, d.col, d.end_col, d.message))
end
out:write(ok and "ok\n" or "timeout\n")
out:close()
vim.lsp.stop_client(client)
vim.cmd("qa!")
LUA
timeout 60 nvim --headless -u NONE -n -c "luafile $w/test.lua" >/dev/null 2>&1 || true
cat "$w/out.txt"
grep -q '^ok$' "$w/out.txt"
grep -q "^personal-data 0:$col-$((col + 12)) " "$w/out.txt"
grep -q '^spelling 0:' "$w/out.txt"
echo "neovim: diagnostics received"

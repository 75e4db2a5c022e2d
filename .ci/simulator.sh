# Sourced by .ci/run and interop/run: a built simulator in the background.
#
#   start_simulator ARGS...   starts target/debug/zendesk-simulator ARGS on a
#                             free port; sets sim_pid and exports
#                             ZENDESK_BASE_URL, ZENDESK_CLIENT_ID and
#                             ZENDESK_CLIENT_SECRET (its OAuth client)
#   stop_simulator            stops it and unsets those variables, so that
#                             later steps (the CLI reads them) run as before;
#                             safe to call twice

sim_pid=""

start_simulator() {
  local log
  log="$(mktemp)"
  target/debug/zendesk-simulator --addr 127.0.0.1:0 "$@" >"$log" 2>&1 &
  sim_pid=$!
  for _ in $(seq 100); do
    grep -q "listening on" "$log" && break
    sleep 0.1
  done
  ZENDESK_BASE_URL="$(sed -n 's/^zendesk-simulator listening on //p' "$log")"
  [ -n "$ZENDESK_BASE_URL" ] || { cat "$log"; echo "the simulator did not start"; exit 1; }
  export ZENDESK_BASE_URL ZENDESK_CLIENT_ID=simulator-client ZENDESK_CLIENT_SECRET=simulator-secret
}

stop_simulator() {
  if [ -n "$sim_pid" ]; then
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
    sim_pid=""
  fi
  unset ZENDESK_BASE_URL ZENDESK_CLIENT_ID ZENDESK_CLIENT_SECRET
}

-- One fresh single-use credential per request, read from BENCH_POOL_FILE, one per line; each
-- thread takes its own slice (line n goes to thread n % threads). Where it goes:
-- - BENCH_BODY set (refresh tokens, authorization codes): POSTed in that form body, in place of
--   its "{}";
-- - else BENCH_POOL_HEADER (R1 with DPoP: "DPoP", a fresh proof each): a GET with it in that header.
-- BENCH_AUTH is the Authorization header. Every answer must be 200: anything else is counted and
-- printed, and a thread that runs out of credentials reuses its slice (counted as exhausted; a
-- reused one is refused), which the orchestrator reports.
local threads = {}
local created = 0

function setup(thread)
  thread:set("id", created)
  thread:set("nthreads", tonumber(os.getenv("BENCH_THREADS")))
  created = created + 1
  table.insert(threads, thread)
end

local pool = {}
local index = 0
local before, after, header

function init(args)
  non200 = 0
  exhausted = 0
  local file = assert(io.open(os.getenv("BENCH_POOL_FILE"), "r"))
  local n = 0
  for line in file:lines() do
    if n % nthreads == id then
      pool[#pool + 1] = line
    end
    n = n + 1
  end
  file:close()
  local body = os.getenv("BENCH_BODY")
  if body ~= nil and body ~= "" then
    local at = string.find(body, "{}", 1, true)
    before, after = string.sub(body, 1, at - 1), string.sub(body, at + 2)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  else
    header = assert(os.getenv("BENCH_POOL_HEADER"), "BENCH_BODY or BENCH_POOL_HEADER")
    wrk.method = "GET"
  end
  wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
  index = index + 1
  local value = pool[index]
  if value == nil then
    exhausted = exhausted + 1
    value = pool[((index - 1) % #pool) + 1]
  end
  if header ~= nil then
    wrk.headers[header] = value
    return wrk.format()
  end
  return wrk.format(nil, nil, nil, before .. value .. after)
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local bad, out = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non200")
    out = out + thread:get("exhausted")
  end
  io.write(string.format("bench: non200=%d exhausted=%d\n", bad, out))
end

-- "R1 with DPoP": GET with a DPoP-bound token and a fresh proof each request, read from
-- BENCH_POOL_FILE, one per line; each thread takes its own slice (line n goes to thread
-- n % threads). BENCH_AUTH is the `DPoP <token>` Authorization header. Every answer must be 200;
-- a thread that runs out of proofs reuses its slice (counted as exhausted, and refused as a
-- replay), which the orchestrator reports.
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
  wrk.method = "GET"
  wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
end

function request()
  index = index + 1
  local value = pool[index]
  if value == nil then
    exhausted = exhausted + 1
    value = pool[((index - 1) % #pool) + 1]
  end
  wrk.headers["DPoP"] = value
  return wrk.format()
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

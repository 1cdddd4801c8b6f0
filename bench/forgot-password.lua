-- wrk script of bench/forgot-password-load.sh: POST /auth/forgot-password paced to BENCH_RATE requests/s over all
-- connections (each thread hands its connections the next free slot of its share of the rate, on the monotonic
-- clock, so the time a request waits for its answer does not lower the rate), each request for a distinct login: nine in ten are imported accounts (bench.pupilNNNN, each sent an
-- e-mail), one in ten an unknown login (sent nothing). done() reports the latency percentiles and writes the
-- numbers of requests made for valid accounts and for unknown logins to BENCH_RESULT.
local rate = tonumber(os.getenv("BENCH_RATE"))
local threadCount = tonumber(os.getenv("BENCH_THREADS"))
local accounts = tonumber(os.getenv("BENCH_ACCOUNTS"))
local threads = {}

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec* now);
]]
local clockNow = ffi.new("bench_timespec")
local function nowMs()
   ffi.C.clock_gettime(1, clockNow) -- CLOCK_MONOTONIC
   return tonumber(clockNow.tv_sec) * 1000 + tonumber(clockNow.tv_nsec) / 1e6
end

function setup(thread)
   thread:set("id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   sent, valid, unknown, errors = 0, 0, 0, 0
   interval = threadCount * 1000 / rate -- this thread's share of the rate
   nextSlot = 0
   wrk.method = "POST"
   wrk.headers["Content-Type"] = "application/json"
   wrk.headers["Accept-Language"] = "fr"
end

-- Called when a connection has its answer: it sends its next request at this thread's next free slot.
function delay()
   local now = nowMs()
   local slot = math.max(now, nextSlot)
   nextSlot = slot + interval
   return slot - now
end

function request()
   local n = sent * threadCount + id -- 1, 2, 3… across the threads
   sent = sent + 1
   local login
   if n % 10 == 0 then
      unknown = unknown + 1
      login = string.format("nobody.%d", n)
   else
      valid = valid + 1
      login = string.format("bench.pupil%04d", (n - 1) % accounts + 1)
   end
   return wrk.format(nil, nil, nil, string.format('{"login":"%s","service":"mail"}', login))
end

function response(status, headers, body)
   if status ~= 200 or body ~= "{}" then
      errors = errors + 1
   end
end

function done(summary, latency, requests)
   local v, u, e = 0, 0, 0
   for _, t in ipairs(threads) do
      v, u, e = v + t:get("valid"), u + t:get("unknown"), e + t:get("errors")
   end
   io.write(string.format("requests sent: %d for valid accounts, %d for unknown logins; answers other than 200 {}: %d\n",
                          v, u, e))
   io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d answers in %.1f s)\n",
                          latency:percentile(50) / 1000, latency:percentile(90) / 1000,
                          latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
                          summary.duration / 1e6))
   local out = io.open(os.getenv("BENCH_RESULT"), "w")
   out:write(v, " ", u, "\n")
   out:close()
end

-- wrk script of bench/serve_bench.py: GET the paths listed in a file (one per line, in
-- turn), count the answers by status class, and print every number as one JSON line.
--
--   wrk -t2 -c4 -d10s -s bench/wrk_paths.lua http://127.0.0.1:8000 -- PATHS_FILE THREADS
--
-- Each thread starts at its own place in the list (THREADS = wrk's -t), so two threads
-- do not ask for the same page at the same moment. Latencies from wrk are microseconds;
-- the JSON has milliseconds.

local threads = {}
local made = 0

function setup(thread)
   thread:set("id", made)
   made = made + 1
   table.insert(threads, thread)
end

function init(args)
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. tostring(args[1]))
   end
   local nthreads = tonumber(args[2]) or 1
   i = math.floor(id * #paths / nthreads)
   s2xx, s3xx, s4xx, s5xx = 0, 0, 0, 0
end

function request()
   i = i % #paths + 1
   return wrk.format("GET", paths[i])
end

function response(status, headers, body)
   if status >= 500 then
      s5xx = s5xx + 1
   elseif status >= 400 then
      s4xx = s4xx + 1
   elseif status >= 300 then
      s3xx = s3xx + 1
   else
      s2xx = s2xx + 1
   end
end

function done(summary, latency, requests)
   local counts = { 0, 0, 0, 0 }
   for _, thread in ipairs(threads) do
      counts[1] = counts[1] + thread:get("s2xx")
      counts[2] = counts[2] + thread:get("s3xx")
      counts[3] = counts[3] + thread:get("s4xx")
      counts[4] = counts[4] + thread:get("s5xx")
   end
   local e = summary.errors
   io.write(string.format(
      'WRK_RESULT {"requests": %d, "duration_s": %.3f, "bytes": %d, '
         .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
         .. '"status": {"2xx": %d, "3xx": %d, "4xx": %d, "5xx": %d}, '
         .. '"latency_ms": {"mean": %.3f, "p50": %.3f, "p90": %.3f, "p95": %.3f, "p99": %.3f, "max": %.3f}}\n',
      summary.requests, summary.duration / 1e6, summary.bytes,
      e.connect, e.read, e.write, e.status, e.timeout,
      counts[1], counts[2], counts[3], counts[4],
      latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000
   ))
end

-- wrk scenarios against the emulator, on the data of sql/seed.sql.
--   wrk ... -s bench.lua http://127.0.0.1:PORT -- SCENARIO NTASKS QUOTA
-- SCENARIO: stop  (targeted stop: 10 random targets of a random small task)
--           show  (one page of task_details of the big task, random status filter)
--           mixed (45% stop, 10% retry of 10 random targets, 45% show of a random small task)
-- QUOTA: requests per wrk thread before the thread stops (0: run for wrk's -d only).
-- done() prints one "BENCH key=value ..." line that run.sh parses.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local BIG = "650000000110000000000001"
local STATUSES = { "Processing", "Waitting", "Success", "Fail", "FailWaitRetry" }
local HEADERS = { ["Content-Type"] = "application/json" }

function init(args)
  scenario = args[1] or "stop"
  ntasks = tonumber(args[2] or "10000")
  quota = tonumber(args[3] or "0")
  limit = tonumber(args[4] or "10")
  math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
  responses = 0
  non2xx = 0
end

local function small_task()
  return string.format("6500000000%d", 10000000000000 + math.random(1, ntasks))
end

local function targets_body()
  local t = {}
  for k = 1, 10 do
    t[k] = '"d' .. math.random(1001, 1100) .. '"'
  end
  return '{"targets":[' .. table.concat(t, ",") .. ']}'
end

local function operation(verb)
  return wrk.format("POST", "/v5/iot/bench/batchtasks/" .. small_task() .. "/" .. verb, HEADERS, targets_body())
end

local function show(task)
  return wrk.format("GET", "/v5/iot/bench/batchtasks/" .. task .. "?task_detail_status="
      .. STATUSES[math.random(1, #STATUSES)] .. "&limit=" .. limit)
end

function request()
  if scenario == "stop" then
    return operation("stop")
  elseif scenario == "show" then
    return show(BIG)
  else
    local r = math.random(1, 100)
    if r <= 45 then
      return operation("stop")
    elseif r <= 55 then
      return operation("retry")
    else
      return show(small_task())
    end
  end
end

function response(status, headers, body)
  responses = responses + 1
  -- in the mixed run a 403 is an expected answer (a task whose status refuses the operation)
  if status >= 300 and not (scenario == "mixed" and status == 403) then
    non2xx = non2xx + 1
  end
  if quota > 0 and responses >= quota then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("non2xx") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d mean_us=%.0f max_us=%d unexpected_status=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max,
    bad, e.connect + e.read + e.write + e.timeout))
end

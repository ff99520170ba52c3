-- wrk script: IMS CAT result submissions over many adaptive sessions at once. The sessions, made
-- beforehand, are read from the file $SESSIONS.$PHASE ("id first-item" per line); each connection
-- submits the awaited item of a session that is not in flight (score 0 or 1 at random, a fresh
-- Idempotency-Key each), and the reply names that session's next item. A session that has ended is
-- replaced by an unused one; only when none is left is a session made during the run (counted).
local key = os.getenv("CACT_KEY")
-- the mean pause before each submission, as an examinee reads the item (wrk does not count it in the
-- latency); each pause is drawn uniformly from 0.5 to 1.5 times the mean, so that the connections, which
-- all start at once, do not stay in step and submit in bursts of one request per connection
local think = tonumber(os.getenv("CACT_THINK_MS") or "0")
local ready, fresh = {}, {}
-- globals, so that done() can read them from each thread
submitted, created, finished, failed = 0, 0, 0, 0
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local file = assert(io.open(os.getenv("SESSIONS") .. "." .. (os.getenv("PHASE") or "measured"), "r"))
    for line in file:lines() do
        local id, item = line:match("^(%S+) (%S+)$")
        table.insert(fresh, { id = id, item = item })
    end
    file:close()
    math.randomseed(#fresh)
end

function delay()
    if think == 0 then
        return 0
    end
    return math.floor(think * (0.5 + math.random()))
end

function request()
    local session = table.remove(ready) or table.remove(fresh)
    if session == nil then
        created = created + 1
        return wrk.format("POST", wrk.path .. "/sessions", { ["Authorization"] = "Bearer " .. key }, "")
    end
    submitted = submitted + 1
    local body = string.format('{"assessmentResult":{"itemResult":[{"identifier":"%s","score":%d}]}}',
        session.item, math.random(0, 1))
    return wrk.format("POST", wrk.path .. "/sessions/" .. session.id .. "/results", {
        ["Authorization"] = "Bearer " .. key,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = session.id .. "-" .. submitted,
    }, body)
end

function response(status, headers, body)
    if status ~= 200 and status ~= 201 then
        failed = failed + 1
        return
    end
    local id = body:match('"sessionIdentifier":"([^"]+)"')
    local item = body:match('"itemIdentifiers":%["([^"]+)"')
    if item then
        table.insert(ready, { id = id, item = item })
    else
        finished = finished + 1
    end
end

function done(summary, latency, requests)
    local s, c, f, e = 0, 0, 0, 0
    for _, thread in ipairs(threads) do
        s = s + thread:get("submitted")
        c = c + thread:get("created")
        f = f + thread:get("finished")
        e = e + thread:get("failed")
    end
    io.write(string.format("submissions %d, sessions ended %d, sessions made during the run %d, failed %d\n",
        s, f, c, e))
end

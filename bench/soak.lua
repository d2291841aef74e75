-- wrk script of the soak (bench/soak.py): every thread rotates through the
-- requests given as arguments, "KIND=PATH" each (a KIND ending in "(br)" with
-- Accept-Encoding: br, gzip), and counts the answers' statuses by kind. Run
-- with as many threads as connections (-tN -cN): a
-- thread's one connection alternates request and answer, so the answer it
-- reads is to the request it last sent, and its kind is known.
--
-- done() prints one line per kind and status, "status KIND CODE COUNT", then
-- wrk's socket errors, "errors connect N read N write N timeout N".

local requests, kinds = {}, {}
local next_request, pending = 1, nil
counts = {}

function init(args)
    for i, arg in ipairs(args) do
        local kind, path = arg:match("^([^=]+)=(.+)$")
        kinds[i] = kind
        -- A kind ending in "(br)" asks for a compressed answer.
        local headers = nil
        if kind:sub(-4) == "(br)" then
            headers = { ["Accept-Encoding"] = "br, gzip" }
        end
        requests[i] = wrk.format("GET", path, headers)
    end
    -- Each thread starts at its own place in the rotation (setup, which
    -- numbers the threads, runs before init).
    next_request = (id or 0) % #requests + 1
end

function request()
    local i = next_request
    next_request = i % #requests + 1
    pending = kinds[i]
    return requests[i]
end

function response(status, headers, body)
    local key = pending .. " " .. status
    counts[key] = (counts[key] or 0) + 1
end

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("id", #threads)
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for key, n in pairs(thread:get("counts")) do
            total[key] = (total[key] or 0) + n
        end
    end
    for key, n in pairs(total) do
        io.write(string.format("status %s %d\n", key, n))
    end
    local e = summary.errors
    io.write(string.format("errors connect %d read %d write %d timeout %d\n",
        e.connect, e.read, e.write, e.timeout))
end

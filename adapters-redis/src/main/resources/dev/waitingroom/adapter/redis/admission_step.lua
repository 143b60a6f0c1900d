-- One admission step for one event, by the server's clock, with the event's settings as they are now.
-- Every instance of the gateway runs it a few times a second; each run is atomic and all of its
-- accounting lives here, so any number of instances together admit exactly what one would.
-- KEYS[1] event hash    KEYS[2] queue zset     KEYS[3] alive zset      KEYS[4] windows zset
-- KEYS[5] expired zset  KEYS[6] tickets hash   KEYS[7] users hash      KEYS[8] stats hash
-- KEYS[9] admission hash (tokens, at, since, rate)   KEYS[10] pace hash (unix second -> admitted)
-- KEYS[11] passes hash  KEYS[12] logged hash   KEYS[13] the event's key prefix, for person logs
-- ARGV[1..5] the event hash's fields of admission_rate_per_sec, max_active, entry_ttl_sec,
--            abandon_after_sec and paused ('1' or '0')
-- ARGV[6] batch: what each part of the step does at most   ARGV[7] how long an expired mark is kept, ms
-- ARGV[8], ARGV[9] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[10], ARGV[11] their defaults
-- Reply: {0} no such event | {1, admitted, dropped, closed windows, waiting, open windows, cut short 0/1}
-- An event hash without admission fields (written before admission existed) counts as paused.
-- Each entry that keeps a log gets its change in its person's log: window_closed (ended), dropped, admitted.

if redis.call('EXISTS', KEYS[1]) == 0 then
    return {0}
end
local settings = redis.call('HMGET', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[8], ARGV[9])
local batch = tonumber(ARGV[6])
local memory = tonumber(ARGV[7])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local logPrefix = KEYS[13]
local function logSettings()
    return {settings[6], settings[7]}, ARGV[10], ARGV[11]
end

-- @include person_log.lua

-- Whether any entry of the event keeps a log: when none does (the flag is off), a step looks up nobody.
local anyLogged = redis.call('EXISTS', KEYS[12]) == 1

-- Logs the same change for each of these entries that keeps a log, with one lookup for the whole part.
local function logEach(tickets, change, details)
    if not anyLogged or #tickets == 0 then
        return
    end
    local persons = redis.call('HMGET', KEYS[12], unpack(tickets))
    for i, ticket in ipairs(tickets) do
        if persons[i] then
            appendToLog(persons[i], ticket, change, details)
        end
    end
end

-- What an entry held goes back, as on leave: its user's place under the per-user limit (its
-- idempotency key is free once the entry is gone); its token answers "expired" for a while.
local function release(ticket)
    local held = redis.call('HGET', KEYS[6], ticket)
    if held then
        redis.call('HDEL', KEYS[6], ticket)
        local user = string.sub(held, string.find(held, ':', 1, true) + 1)
        if user ~= '' and redis.call('HINCRBY', KEYS[7], user, -1) <= 0 then
            redis.call('HDEL', KEYS[7], user)
        end
    end
    redis.call('ZADD', KEYS[5], now + memory, ticket)
end

-- 1. windows that ended
local ended = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now, 'LIMIT', 0, batch)
for _, ticket in ipairs(ended) do
    redis.call('ZREM', KEYS[4], ticket)
    redis.call('HDEL', KEYS[11], ticket)
    release(ticket)
end
logEach(ended, 'window_closed', {'reason', 'ended'})

-- 2. entries silent for longer than abandon_after_sec, from anywhere in the queue
local silent = {}
if settings[4] then
    silent = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', '(' .. (now - tonumber(settings[4]) * 1000), 'LIMIT', 0, batch)
    for _, ticket in ipairs(silent) do
        redis.call('ZREM', KEYS[3], ticket)
        redis.call('ZREM', KEYS[2], ticket)
        release(ticket)
    end
    if #silent > 0 then
        redis.call('HINCRBY', KEYS[8], 'dropped_total', #silent)
    end
    logEach(silent, 'dropped')
end

-- 3. expired marks old enough to forget, and with them which person's log their entry kept
local forgotten = redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', now, 'LIMIT', 0, batch)
if #forgotten > 0 then
    redis.call('ZREM', KEYS[5], unpack(forgotten))
    if anyLogged then
        redis.call('HDEL', KEYS[12], unpack(forgotten))
    end
end

-- 4. the token bucket: refilled at the rate up to one second's worth (at least one person)
local state = redis.call('HMGET', KEYS[9], 'tokens', 'at', 'since')
local rate = tonumber(settings[1] or '1')
local burst = math.max(1, rate)
local tokens = burst
local at = now
if state[1] then
    at = math.max(tonumber(state[2]), now)
    tokens = math.min(burst, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate / 1000)
end

local active = redis.call('ZCARD', KEYS[4])
local admitted = 0
if settings[5] == '0' then
    local waiting = redis.call('ZCARD', KEYS[2])
    admitted = math.max(0, math.min(math.floor(tokens), tonumber(settings[2]) - active, waiting, batch))
    if admitted > 0 then
        local head = redis.call('ZPOPMIN', KEYS[2], admitted)
        local ends = now + tonumber(settings[3]) * 1000
        local tickets = {}
        for i = 1, #head, 2 do
            redis.call('ZREM', KEYS[3], head[i])
            redis.call('ZADD', KEYS[4], ends, head[i])
            tickets[#tickets + 1] = head[i]
        end
        logEach(tickets, 'admitted', {'window_ends', string.format('%.0f', ends)})
        tokens = tokens - admitted
        active = active + admitted
        redis.call('HINCRBY', KEYS[8], 'admitted_total', admitted)
    end
end

-- 5. the measured rate: admissions per whole second over the last 60 s, or since admission started
-- (the first admission after a minute without any) when that is shorter
local second = math.floor(now / 1000)
local counts = redis.call('HGETALL', KEYS[10])
local inWindow = 0
local stale = {}
for i = 1, #counts, 2 do
    local counted = tonumber(counts[i])
    if counted <= second - 60 then
        stale[#stale + 1] = counts[i]
    elseif counted <= second then
        inWindow = inWindow + tonumber(counts[i + 1])
    end
end
if #stale > 0 then
    redis.call('HDEL', KEYS[10], unpack(stale))
end
local since = tonumber(state[3] or now)
if admitted > 0 then
    if inWindow == 0 then
        since = now
    end
    redis.call('HINCRBY', KEYS[10], second, admitted)
    inWindow = inWindow + admitted
end
local measured = ''
if inWindow > 0 then
    local span = math.min(60, math.max(1, (now - since) / 1000))
    measured = string.format('%.6f', inWindow / span)
end
redis.call('HSET', KEYS[9], 'tokens', string.format('%.6f', tokens), 'at', at, 'since', since, 'rate', measured)

local cut = 0
if #ended == batch or #silent == batch or #forgotten == batch or admitted == batch then
    cut = 1
end
return {1, admitted, #silent, #ended, redis.call('ZCARD', KEYS[2]), active, cut}

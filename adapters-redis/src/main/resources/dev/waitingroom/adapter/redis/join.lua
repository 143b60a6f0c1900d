-- Joins an event's queue in one atomic step.
-- KEYS[1] event hash   KEYS[2] queue zset   KEYS[3] seq string   KEYS[4] idempotency string
-- KEYS[5] tickets hash KEYS[6] users hash   KEYS[7] stats hash   KEYS[8] alive zset
-- KEYS[9] logged hash  KEYS[10] the event's key prefix, for person logs
-- ARGV[1] ticket id   ARGV[2] user id ('' when anonymous)   ARGV[3] idempotency key
-- ARGV[4] idempotency TTL in milliseconds   ARGV[5] the event hash's field of the per-user limit
-- ARGV[6] score epoch in unix milliseconds   ARGV[7] scores per millisecond   ARGV[8] the largest score
-- ARGV[9] '1' when this entry keeps a log of its changes, else '0'
-- ARGV[10], ARGV[11] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[12], ARGV[13] their defaults
-- Reply: {-2} no such event | {0, original ticket id} the same user's key again
--        | {-3} the key was used by someone else | {-1, limit} user limit reached
--        | {1, position, score} joined (score as a decimal string: every digit of it matters)
-- A joined entry that keeps a log is marked in the logged hash, and 'joined' goes to its person's log;
-- a retry with the same key is no change and logs nothing.

-- The server's clock, so every gateway instance orders by the same time.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local logPrefix = KEYS[10]
local function logSettings()
    return redis.call('HMGET', KEYS[1], ARGV[10], ARGV[11]), ARGV[12], ARGV[13]
end

-- @include person_log.lua

local limit = redis.call('HGET', KEYS[1], ARGV[5])
if not limit then
    return {-2}
end

local user = ARGV[2]
-- The key remembers '<ticket id>:<user id>'; ticket ids never hold ':'. A key is not a credential:
-- only the user who used it gets its entry back. A key whose entry is gone (left, dropped, window
-- ended) is free again, so nothing has to find the key when an entry goes.
local used = redis.call('GET', KEYS[4])
if used then
    local separator = string.find(used, ':', 1, true)
    local owner = string.sub(used, 1, separator - 1)
    if redis.call('HEXISTS', KEYS[5], owner) == 1 then
        if string.sub(used, separator + 1) == user then
            return {0, owner}
        end
        return {-3}
    end
end

limit = tonumber(limit)
if user ~= '' and tonumber(redis.call('HGET', KEYS[6], user) or '0') >= limit then
    return {-1, limit}
end

-- Taking at least last + 1 keeps FIFO when the clock steps back (fail-over) and spills a full
-- millisecond into the next one.
local score = math.max(now - tonumber(ARGV[6]), 0) * tonumber(ARGV[7])
local last = tonumber(redis.call('GET', KEYS[3])) or -1
if last + 1 > score then
    score = last + 1
end
if score > tonumber(ARGV[8]) then
    return redis.error_reply('queue scores exhausted: above 2^53')
end
-- Lua 5.1 prints numbers with %.14g, which drops digits of a 15-16 digit score.
local scored = string.format('%.0f', score)

local ticket = ARGV[1]
redis.call('ZADD', KEYS[2], scored, ticket)
redis.call('SET', KEYS[3], scored)
-- '<score>:<user id>': the join time stays known after admission, and who to count the entry against
redis.call('HSET', KEYS[5], ticket, scored .. ':' .. user)
if user ~= '' then
    redis.call('HINCRBY', KEYS[6], user, 1)
end
redis.call('SET', KEYS[4], ticket .. ':' .. user, 'PX', ARGV[4])
redis.call('HINCRBY', KEYS[7], 'joined_total', 1)
-- joining is the first heartbeat
redis.call('ZADD', KEYS[8], now, ticket)

local position = redis.call('ZRANK', KEYS[2], ticket) + 1
if ARGV[9] == '1' then
    local person = personOf(user, ticket)
    redis.call('HSET', KEYS[9], ticket, person)
    appendToLog(person, ticket, 'joined', {'position', position})
end
return {1, position, scored}

-- Removes every trace of an entry, waiting or admitted (which closes its window at once).
-- KEYS[1] queue zset   KEYS[2] alive zset   KEYS[3] windows zset   KEYS[4] tickets hash
-- KEYS[5] users hash   KEYS[6] stats hash   KEYS[7] passes hash    KEYS[8] expired zset
-- KEYS[9] logged hash  KEYS[10] event hash  KEYS[11] the event's key prefix, for person logs
-- ARGV[1] ticket id   ARGV[2] how long an expired mark is kept, in milliseconds
-- ARGV[3], ARGV[4] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[5], ARGV[6] their defaults
-- Reply: {1} left | {0} it was already gone (or its window had ended: it stays expired, as the step would leave it)
-- The entry's idempotency key needs no deleting: join.lua treats a key whose entry is gone as free.
-- A logged entry's person gets 'left', or 'window_closed' (ended) when its window had ended: that is what
-- happened, and the entry stays remembered (and marked) like any other ended window.

local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local logPrefix = KEYS[11]
local function logSettings()
    return redis.call('HMGET', KEYS[10], ARGV[3], ARGV[4]), ARGV[5], ARGV[6]
end

-- @include person_log.lua

local ticket = ARGV[1]
local held = redis.call('HGET', KEYS[4], ticket)
if not held then
    return {0}
end
local ends = redis.call('ZSCORE', KEYS[3], ticket)
local ended = ends and tonumber(ends) <= now
local person = redis.call('HGET', KEYS[9], ticket)
redis.call('ZREM', KEYS[1], ticket)
redis.call('ZREM', KEYS[2], ticket)
redis.call('ZREM', KEYS[3], ticket)
redis.call('HDEL', KEYS[7], ticket)
redis.call('HDEL', KEYS[4], ticket)
local user = string.sub(held, string.find(held, ':', 1, true) + 1)
if user ~= '' and redis.call('HINCRBY', KEYS[5], user, -1) <= 0 then
    redis.call('HDEL', KEYS[5], user)
end
if ended then
    redis.call('ZADD', KEYS[8], now + tonumber(ARGV[2]), ticket)
    if person then
        appendToLog(person, ticket, 'window_closed', {'reason', 'ended'})
    end
    return {0}
end
redis.call('HINCRBY', KEYS[6], 'left_total', 1)
if person then
    redis.call('HDEL', KEYS[9], ticket)
    local was = 'waiting'
    if ends then
        was = 'admitted'
    end
    appendToLog(person, ticket, 'left', {'was', was})
end
return {1}

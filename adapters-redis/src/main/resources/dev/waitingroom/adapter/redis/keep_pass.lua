-- Keeps the first entry pass issued for an open admission window, and records which ticket the pass's
-- entry id names, so the seat scripts can find the window behind a pass.
-- KEYS[1] windows zset   KEYS[2] passes hash   KEYS[3] the entry id's string (ticket id, gone at the window's end)
-- KEYS[4] logged hash    KEYS[5] event hash    KEYS[6] the event's key prefix, for person logs
-- ARGV[1] ticket id   ARGV[2] the pass just signed
-- ARGV[3], ARGV[4] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[5], ARGV[6] their defaults
-- Reply: {0} the window is not open | {1, the pass to hand out (the first one kept)}
-- The first pass kept is the entry's 'entered' in its person's log; a second enter changes nothing.

local ticket = ARGV[1]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local logPrefix = KEYS[6]
local function logSettings()
    return redis.call('HMGET', KEYS[5], ARGV[3], ARGV[4]), ARGV[5], ARGV[6]
end

-- @include person_log.lua

local ends = redis.call('ZSCORE', KEYS[1], ticket)
if not ends or tonumber(ends) <= now then
    return {0}
end
if redis.call('HSETNX', KEYS[2], ticket, ARGV[2]) == 1 then
    local person = redis.call('HGET', KEYS[4], ticket)
    if person then
        appendToLog(person, ticket, 'entered')
    end
end
redis.call('SET', KEYS[3], ticket, 'PXAT', string.format('%.0f', tonumber(ends)))
return {1, redis.call('HGET', KEYS[2], ticket)}

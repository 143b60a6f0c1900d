-- Reads where an entry stands, and marks a waiting entry alive (its heartbeat) in the same step.
-- KEYS[1] queue zset   KEYS[2] alive zset   KEYS[3] tickets hash   KEYS[4] windows zset
-- KEYS[5] expired zset KEYS[6] event hash   KEYS[7] admission hash
-- ARGV[1] ticket id   ARGV[2] the event hash's field of paused   ARGV[3] its field of abandon_after_sec
-- Reply: {0} unknown | {3} expired (dropped, or its window ended)
--        | {1, position, score, now, paused, abandon_after_sec, measured rate or ''} waiting
--        | {2, score, window end, now, abandon_after_sec} admitted
-- Times are unix milliseconds of the server's clock; scores and times are decimal strings.

local ticket = ARGV[1]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local settings = redis.call('HMGET', KEYS[6], ARGV[2], ARGV[3])

local rank = redis.call('ZRANK', KEYS[1], ticket)
if rank then
    redis.call('ZADD', KEYS[2], now, ticket)
    local score = string.format('%.0f', tonumber(redis.call('ZSCORE', KEYS[1], ticket)))
    local rate = redis.call('HGET', KEYS[7], 'rate') or ''
    return {1, rank + 1, score, tostring(now), settings[1] or '1', settings[2] or '', rate}
end

local ends = redis.call('ZSCORE', KEYS[4], ticket)
if ends then
    if tonumber(ends) > now then
        local held = redis.call('HGET', KEYS[3], ticket)
        local score = string.sub(held, 1, string.find(held, ':', 1, true) - 1)
        return {2, score, string.format('%.0f', tonumber(ends)), tostring(now), settings[2] or ''}
    end
    return {3}
end

local forgetAt = redis.call('ZSCORE', KEYS[5], ticket)
if forgetAt and tonumber(forgetAt) > now then
    return {3}
end
return {0}

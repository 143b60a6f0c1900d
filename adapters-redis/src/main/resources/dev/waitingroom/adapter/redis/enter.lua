#!lua flags=no-writes
-- Whether an entry may enter now.
-- KEYS[1] queue zset   KEYS[2] windows zset   KEYS[3] expired zset   KEYS[4] passes hash
-- KEYS[5] tickets hash
-- ARGV[1] ticket id
-- Reply: {0} unknown | {3} expired | {1, position} still waiting
--        | {2, window end, now, user id ('' when anonymous), the pass kept for the window ('' when none)}

local ticket = ARGV[1]
local rank = redis.call('ZRANK', KEYS[1], ticket)
if rank then
    return {1, rank + 1}
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local ends = redis.call('ZSCORE', KEYS[2], ticket)
if ends then
    if tonumber(ends) > now then
        local held = redis.call('HGET', KEYS[5], ticket)
        local user = string.sub(held, string.find(held, ':', 1, true) + 1)
        local pass = redis.call('HGET', KEYS[4], ticket) or ''
        return {2, string.format('%.0f', tonumber(ends)), tostring(now), user, pass}
    end
    return {3}
end
local forgetAt = redis.call('ZSCORE', KEYS[3], ticket)
if forgetAt and tonumber(forgetAt) > now then
    return {3}
end
return {0}

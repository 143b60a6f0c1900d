-- Keeps the first entry pass issued for an open admission window.
-- KEYS[1] windows zset   KEYS[2] passes hash
-- ARGV[1] ticket id   ARGV[2] the pass just signed
-- Reply: {0} the window is not open | {1, the pass to hand out (the first one kept)}

local ticket = ARGV[1]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local ends = redis.call('ZSCORE', KEYS[1], ticket)
if not ends or tonumber(ends) <= now then
    return {0}
end
redis.call('HSETNX', KEYS[2], ticket, ARGV[2])
return {1, redis.call('HGET', KEYS[2], ticket)}

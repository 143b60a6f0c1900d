-- Keeps the first entry pass issued for an open admission window, and records which ticket the pass's
-- entry id names, so the seat scripts can find the window behind a pass.
-- KEYS[1] windows zset   KEYS[2] passes hash   KEYS[3] the entry id's string (ticket id, gone at the window's end)
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
redis.call('SET', KEYS[3], ticket, 'PXAT', string.format('%.0f', tonumber(ends)))
return {1, redis.call('HGET', KEYS[2], ticket)}

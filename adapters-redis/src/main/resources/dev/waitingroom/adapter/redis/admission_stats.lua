#!lua flags=no-writes
-- Reads an event's admission counters in one consistent snapshot.
-- KEYS[1] event hash   KEYS[2] stats hash   KEYS[3] windows zset   KEYS[4] admission hash
-- ARGV none
-- Reply: {0} no such event | {1, admitted total, dropped total, open windows, measured rate or ''}

if redis.call('EXISTS', KEYS[1]) == 0 then
    return {0}
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local totals = redis.call('HMGET', KEYS[2], 'admitted_total', 'dropped_total')
return {1, tonumber(totals[1] or '0'), tonumber(totals[2] or '0'), redis.call('ZCOUNT', KEYS[3], '(' .. now, '+inf'),
        redis.call('HGET', KEYS[4], 'rate') or ''}

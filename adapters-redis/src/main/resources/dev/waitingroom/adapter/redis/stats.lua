#!lua flags=no-writes
-- Reads an event's counters in one consistent snapshot.
-- KEYS[1] event hash   KEYS[2] queue zset   KEYS[3] stats hash
-- ARGV none
-- Reply: {0} no such event | {1, waiting, joined total, left total}

if redis.call('EXISTS', KEYS[1]) == 0 then
    return {0}
end
local totals = redis.call('HMGET', KEYS[3], 'joined_total', 'left_total')
return {1, redis.call('ZCARD', KEYS[2]), tonumber(totals[1] or '0'), tonumber(totals[2] or '0')}

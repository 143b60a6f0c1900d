-- One bounded pass of hold expiry, by the server's clock: the holds whose end has come, earliest first,
-- become EXPIRED and give their seats back. Each run is atomic, so however many instances run it at once,
-- every hold expires exactly once. It also forgets cancelled and expired reservations kept long enough.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs
-- ARGV[1] batch: holds expired, and reservations forgotten, at most   ARGV[2] how long a finished reservation is kept, ms
-- ARGV[3], ARGV[4] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[5], ARGV[6] their defaults
-- Reply: {holds expired by this run, 1 when holds that ran out are left for another run else 0}

local batch = tonumber(ARGV[1])
local memory = tonumber(ARGV[2])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[3], ARGV[4]), ARGV[5], ARGV[6]
end

-- @include reservation_helpers.lua

local expired = 0
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now, 'LIMIT', 0, batch)) do
    local r = reservation(id)
    if r and r.status == 'HOLD' then
        finish(r, 'EXPIRED')
        expired = expired + 1
    else
        -- not an open hold (never happens while every script keeps the set): let it not block the pass
        redis.call('ZREM', KEYS[4], id)
    end
end

for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[6], '-inf', now, 'LIMIT', 0, batch)) do
    redis.call('HDEL', KEYS[3], id)
    redis.call('ZREM', KEYS[6], id)
end

local more = 0
if redis.call('ZCOUNT', KEYS[4], '-inf', now) > 0 then
    more = 1
end
return {expired, more}

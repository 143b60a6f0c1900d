-- Gives the seats of an open hold back at once. The admission window is not touched: the holder may
-- pick again while it lasts (or cancel after leaving).
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs
-- ARGV[1] reservation id   ARGV[2] holder entry id   ARGV[3] how long a finished reservation is kept, ms
-- ARGV[4], ARGV[5] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[6], ARGV[7] their defaults
-- Reply: {0} no such reservation of this holder | {1, record} cancelled (now or before) | {2} confirmed
--        | {3} expired (now or before)

local memory = tonumber(ARGV[3])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[4], ARGV[5]), ARGV[6], ARGV[7]
end

-- @include reservation_helpers.lua

local r = expireIfRanOut(reservation(ARGV[1]))
if not r or r.holder ~= ARGV[2] then
    return {0}
end
if r.status == 'CONFIRMED' then
    return {2}
elseif r.status == 'EXPIRED' then
    return {3}
elseif r.status == 'HOLD' then
    finish(r, 'CANCELLED')
end
return {1, r.record}

-- Sells the seats of an open hold whose end has not come by the server's clock, while the holder's
-- admission window is open; then closes that window exactly as admission_step.lua closes an ended one
-- (out of the open windows, pass forgotten, the user's place under the per-user limit freed, the token
-- answering "expired"), so the next person can be let in at once. Not counted as a leave.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] event hash
-- KEYS[8] the event's key prefix, for person logs   KEYS[9] the holder's entry string (its ticket id)
-- KEYS[10] windows zset  KEYS[11] passes hash       KEYS[12] tickets hash       KEYS[13] users hash
-- KEYS[14] expired zset
-- ARGV[1] reservation id   ARGV[2] holder entry id   ARGV[3] how long a finished reservation is kept, ms
-- ARGV[4] how long an expired mark is kept, ms
-- ARGV[5], ARGV[6] the event hash's fields of log_max_entries and log_ttl_sec; ARGV[7], ARGV[8] their defaults
-- Reply: {0} no such reservation of this holder | {1, record} confirmed (now or before) | {2} cancelled
--        | {3} expired (now or before) | {4} the hold is open but the window is not: nothing changed
-- A logged hold's person gets 'confirmed', then 'window_closed' (purchased).

local memory = tonumber(ARGV[3])
local function logSettings()
    return redis.call('HMGET', KEYS[7], ARGV[5], ARGV[6]), ARGV[7], ARGV[8]
end

-- @include reservation_helpers.lua

local r = expireIfRanOut(reservation(ARGV[1]))
if not r or r.holder ~= ARGV[2] then
    return {0}
end
if r.status == 'CONFIRMED' then
    return {1, r.record}
elseif r.status == 'CANCELLED' then
    return {2}
elseif r.status == 'EXPIRED' then
    return {3}
end

local ticket = redis.call('GET', KEYS[9])
local windowEnd = ticket and redis.call('ZSCORE', KEYS[10], ticket)
if not windowEnd or tonumber(windowEnd) <= now then
    return {4}
end
finish(r, 'CONFIRMED')

-- the window closes as the admission step closes an ended one
redis.call('ZREM', KEYS[10], ticket)
redis.call('HDEL', KEYS[11], ticket)
local held = redis.call('HGET', KEYS[12], ticket)
if held then
    redis.call('HDEL', KEYS[12], ticket)
    local user = string.sub(held, string.find(held, ':', 1, true) + 1)
    if user ~= '' and redis.call('HINCRBY', KEYS[13], user, -1) <= 0 then
        redis.call('HDEL', KEYS[13], user)
    end
end
redis.call('ZADD', KEYS[14], now + tonumber(ARGV[4]), ticket)
redis.call('DEL', KEYS[9])
if r.person ~= '' then
    appendToLog(r.person, r.ticket, 'window_closed', {'reason', 'purchased'})
end
return {1, r.record}

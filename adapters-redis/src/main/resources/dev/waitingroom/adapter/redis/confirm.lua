-- Sells the seats of an open hold whose end has not come by the server's clock, while the holder's
-- admission window is open; then closes that window exactly as admission_step.lua closes an ended one
-- (out of the open windows, pass forgotten, the user's place under the per-user limit freed, the token
-- answering "expired"), so the next person can be let in at once. Not counted as a leave.
-- KEYS[1] seats hash     KEYS[2] seat-counts hash   KEYS[3] reservations hash   KEYS[4] holds zset
-- KEYS[5] holders hash   KEYS[6] finished zset      KEYS[7] the holder's entry string (its ticket id)
-- KEYS[8] windows zset   KEYS[9] passes hash        KEYS[10] tickets hash       KEYS[11] users hash
-- KEYS[12] expired zset
-- ARGV[1] reservation id   ARGV[2] holder entry id   ARGV[3] how long a finished reservation is kept, ms
-- ARGV[4] how long an expired mark is kept, ms
-- Reply: {0} no such reservation of this holder | {1, record} confirmed (now or before) | {2} cancelled
--        | {3} expired (now or before) | {4} the hold is open but the window is not: nothing changed

local memory = tonumber(ARGV[3])

-- >>> reservation helpers, the same in every seat script (a test compares them)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

-- A reservation as stored, '<STATUS>|<holder>|<hold end, ms>|<seat,seat,...>', read into its parts; nil when none.
local function reservation(id)
    local record = redis.call('HGET', KEYS[3], id)
    if not record then
        return nil
    end
    local status, holder, ends, list = string.match(record, '^(%u+)|([^|]*)|(%d+)|(.*)$')
    local seats = {}
    for seat in string.gmatch(list, '[^,]+') do
        seats[#seats + 1] = seat
    end
    return {id = id, record = record, status = status, holder = holder, ends = tonumber(ends), seats = seats}
end

-- Ends an open hold once: EXPIRED or CANCELLED give its seats back, CONFIRMED sells them. The counters
-- move by the seats that really moved, so they stay equal to the seats' states; the holder may hold again.
local function finish(r, status)
    local mark = 'H:' .. r.id
    local after, counter = 'A', 'available'
    if status == 'CONFIRMED' then
        after, counter = 'S:' .. r.id, 'sold'
    end
    local moved = 0
    for _, seat in ipairs(r.seats) do
        if redis.call('HGET', KEYS[1], seat) == mark then
            redis.call('HSET', KEYS[1], seat, after)
            moved = moved + 1
        end
    end
    redis.call('HINCRBY', KEYS[2], 'held', -moved)
    redis.call('HINCRBY', KEYS[2], counter, moved)
    r.status = status
    r.record = status .. string.sub(r.record, string.len('HOLD') + 1)
    redis.call('HSET', KEYS[3], r.id, r.record)
    redis.call('ZREM', KEYS[4], r.id)
    if redis.call('HGET', KEYS[5], r.holder) == r.id then
        redis.call('HDEL', KEYS[5], r.holder)
    end
    if status ~= 'CONFIRMED' then
        redis.call('ZADD', KEYS[6], now + memory, r.id)
    end
end

-- A hold whose end has come (by the store's clock) is expired before anything reads or changes it.
local function expireIfRanOut(r)
    if r and r.status == 'HOLD' and now >= r.ends then
        finish(r, 'EXPIRED')
    end
    return r
end
-- <<< reservation helpers

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

local ticket = redis.call('GET', KEYS[7])
local windowEnd = ticket and redis.call('ZSCORE', KEYS[8], ticket)
if not windowEnd or tonumber(windowEnd) <= now then
    return {4}
end
finish(r, 'CONFIRMED')

-- the window closes as the admission step closes an ended one
redis.call('ZREM', KEYS[8], ticket)
redis.call('HDEL', KEYS[9], ticket)
local held = redis.call('HGET', KEYS[10], ticket)
if held then
    redis.call('HDEL', KEYS[10], ticket)
    local user = string.sub(held, string.find(held, ':', 1, true) + 1)
    if user ~= '' and redis.call('HINCRBY', KEYS[11], user, -1) <= 0 then
        redis.call('HDEL', KEYS[11], user)
    end
end
redis.call('ZADD', KEYS[12], now + tonumber(ARGV[4]), ticket)
redis.call('DEL', KEYS[7])
return {1, r.record}

-- Shared by the seat scripts that read or change reservations: LuaScript puts this text in place of a
-- script's include line naming this file, so every copy Redis runs is the same. Not a script of its own.
-- Uses the seat scripts' common keys: KEYS[1] seats hash, KEYS[2] seat-counts hash, KEYS[3] reservations hash,
-- KEYS[4] holds zset, KEYS[5] holders hash, KEYS[6] finished zset, KEYS[7] event hash, KEYS[8] the event's
-- key prefix, for person logs; the script's own 'memory' (ms a finished reservation is kept); and its
-- 'logSettings()', which person_log.lua asks for.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local logPrefix = KEYS[8]

-- @include person_log.lua

-- A reservation as stored, '<STATUS>|<holder>|<hold end, ms>|<seat,seat,...>', followed by
-- '|<ticket id>|<person>' when the holder's entry keeps a log, read into its parts; nil when none.
-- The hold carries its log with it: it may end after its window did, or after its holder left.
local function reservation(id)
    local record = redis.call('HGET', KEYS[3], id)
    if not record then
        return nil
    end
    local status, holder, ends, list, ticket, person =
        string.match(record, '^(%u+)|([^|]*)|(%d+)|([^|]*)|?([^|]*)|?(.*)$')
    local seats = {}
    for seat in string.gmatch(list, '[^,]+') do
        seats[#seats + 1] = seat
    end
    return {id = id, record = record, status = status, holder = holder, ends = tonumber(ends), seats = seats,
            list = list, ticket = ticket, person = person}
end

-- Logs a change of the reservation's hold, when its holder's entry keeps a log.
local function logHold(r, change, more)
    if r.person ~= '' then
        local details = {'reservation_id', r.id, 'seat_ids', r.list}
        for _, value in ipairs(more or {}) do
            details[#details + 1] = value
        end
        appendToLog(r.person, r.ticket, change, details)
    end
end

-- Ends an open hold once: EXPIRED or CANCELLED give its seats back, CONFIRMED sells them. The counters
-- move by the seats that really moved, so they stay equal to the seats' states; the holder may hold again.
-- Every way a hold ends passes here, so its end is logged here, once: expired, cancelled or confirmed.
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
    logHold(r, string.lower(status))
end

-- A hold whose end has come (by the store's clock) is expired before anything reads or changes it.
local function expireIfRanOut(r)
    if r and r.status == 'HOLD' and now >= r.ends then
        finish(r, 'EXPIRED')
    end
    return r
end

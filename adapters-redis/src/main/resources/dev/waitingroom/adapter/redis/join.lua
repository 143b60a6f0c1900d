-- Joins an event's queue in one atomic step.
-- KEYS[1] event hash       KEYS[2] queue zset   KEYS[3] seq string   KEYS[4] idempotency string
-- KEYS[5] ticket hash      KEYS[6] users hash   KEYS[7] stats hash
-- ARGV[1] ticket id   ARGV[2] user id ('' when anonymous)   ARGV[3] idempotency key
-- ARGV[4] idempotency TTL in milliseconds
-- Reply: {-2} no such event | {0, original ticket id} duplicate key | {-1, limit} user limit reached
--        | {1, position, score} joined (score as a decimal string: every digit of it matters)

local limit = redis.call('HGET', KEYS[1], 'max_entries_per_user')
if not limit then
    return {-2}
end

local original = redis.call('GET', KEYS[4])
if original then
    return {0, original}
end

local user = ARGV[2]
limit = tonumber(limit)
if user ~= '' and tonumber(redis.call('HGET', KEYS[6], user) or '0') >= limit then
    return {-1, limit}
end

-- The server's clock, so every gateway instance orders by the same time. Taking at least last + 1
-- keeps FIFO when the clock steps back (fail-over) and spills a full millisecond into the next one.
local time = redis.call('TIME')
local millis = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000) - 1735689600000
local score = math.max(millis, 0) * 4096
local last = tonumber(redis.call('GET', KEYS[3])) or -1
if last + 1 > score then
    score = last + 1
end
if score > 9007199254740991 then
    return redis.error_reply('queue scores exhausted: above 2^53')
end
-- Lua 5.1 prints numbers with %.14g, which drops digits of a 15-16 digit score.
local scored = string.format('%.0f', score)

local ticket = ARGV[1]
redis.call('ZADD', KEYS[2], scored, ticket)
redis.call('SET', KEYS[3], scored)
redis.call('HSET', KEYS[5], 'user', user, 'idem', ARGV[3])
if user ~= '' then
    redis.call('HINCRBY', KEYS[6], user, 1)
end
redis.call('SET', KEYS[4], ticket, 'PX', ARGV[4])
redis.call('HINCRBY', KEYS[7], 'joined_total', 1)

return {1, redis.call('ZRANK', KEYS[2], ticket) + 1, scored}
